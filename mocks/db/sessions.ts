/** Sessions: opaque random tokens with an expiry, and what a server records of them. */
import { now, nowIso } from './clock';
import { config } from './config';
import { generateToken } from './passwords';
import { db } from './store';
import type { AccountRow, SessionRow } from './types';

/** The longest `User-Agent` kept: enough for any real browser, bounded against a stuffed header. */
export const USER_AGENT_MAX = 512;
/** `lastSeenAt` is written at most this often, so reading pages does not write the store on every call. */
const LAST_SEEN_STEP_MS = 60_000;

/** The request's `User-Agent`, cut to size; the browser demo's requests carry none, so it passes the page's own. */
export function userAgentOf(request: Request): string | null {
  const sent = request.headers.get('User-Agent')?.trim() || config.userAgent;
  return sent ? sent.slice(0, USER_AGENT_MAX) : null;
}

/** A session's public id: random, unrelated to its token. */
export const newSessionId = () => generateToken().slice(0, 22);

export function openSession(account: AccountRow, mustChangePassword: boolean, userAgent: string | null = null): SessionRow {
  const createdAt = nowIso();
  const session: SessionRow = {
    token: generateToken(),
    id: newSessionId(),
    accountId: account.id,
    createdAt,
    lastSeenAt: createdAt,
    expiresAt: new Date(now() + config.sessionTtlMs).toISOString(),
    userAgent,
    mustChangePassword,
  };
  db.saveSession(session);
  return session;
}

/** Removes a session; a preview's end is kept for the customer's "Wie keek mee". */
export function dropSession(session: SessionRow): void {
  const preview = session.preview && db.tables.previews.get(session.preview.previewId);
  if (preview && !preview.endedAt) db.put('previews', { ...preview, endedAt: nowIso() });
  db.deleteSession(session.token);
}

/** The live session of a token, or undefined (expired sessions are removed on sight). */
export function findSession(token: string): { session: SessionRow; account: AccountRow } | undefined {
  const session = db.tables.sessions.get(token);
  if (!session) return undefined;
  const account = db.tables.accounts.get(session.accountId);
  if (Date.parse(session.expiresAt) <= now() || !account) {
    db.deleteSession(token);
    return undefined;
  }
  return { session, account };
}

/** Records the call as the session's last; returns the session as stored. */
export function touchSession(session: SessionRow): SessionRow {
  if (now() - Date.parse(session.lastSeenAt) < LAST_SEEN_STEP_MS) return session;
  const touched = { ...session, lastSeenAt: nowIso() };
  db.saveSession(touched);
  return touched;
}

/** The account's own open sessions: not a staff member's preview, not ended, not expired. */
export function openSessionsOf(accountId: number): SessionRow[] {
  return [...db.tables.sessions.values()].filter((session) =>
    session.accountId === accountId && !session.preview && !session.endedReason && Date.parse(session.expiresAt) > now());
}

/**
 * Ends every session of an account. With a reason, the sessions stay until their next use, which
 * answers 401 with that reason once (so the app can say why); without, they are gone at once.
 */
export function endSessionsOf(accountId: number, reason?: SessionRow['endedReason']): void {
  for (const session of [...db.tables.sessions.values()]) {
    if (session.accountId !== accountId) continue;
    if (reason) db.saveSession({ ...session, endedReason: reason });
    else dropSession(session);
  }
}

/** Marks one session ended: its next call answers 401 with the reason, once. */
export function endSession(session: SessionRow, reason: NonNullable<SessionRow['endedReason']>): void {
  db.saveSession({ ...session, endedReason: reason });
}

/** A password change ends every other session of the account; the one that changed it goes on. */
export function endOtherSessionsOf(accountId: number, keepToken: string): void {
  for (const session of [...db.tables.sessions.values()]) {
    if (session.accountId === accountId && session.token !== keepToken) dropSession(session);
  }
}

/** Ends every "Bekijk als klant" preview a staff member opened: on their logout, password change or block. */
export function endPreviewsBy(staffId: number): void {
  for (const session of [...db.tables.sessions.values()]) {
    if (session.preview?.staffId === staffId) dropSession(session);
  }
}
