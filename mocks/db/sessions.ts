/** Sessions: opaque random tokens with an expiry. */
import { now } from './clock';
import { config } from './config';
import { generateToken } from './passwords';
import { db } from './store';
import type { AccountRow, SessionRow } from './types';

export function openSession(account: AccountRow, mustChangePassword: boolean): SessionRow {
  const session = {
    token: generateToken(),
    accountId: account.id,
    expiresAt: new Date(now() + config.sessionTtlMs).toISOString(),
    mustChangePassword,
  };
  db.saveSession(session);
  return session;
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

/**
 * Ends every session of an account. With a reason, the sessions stay until their next use, which
 * answers 401 with that reason once (so the app can say why); without, they are gone at once.
 */
export function endSessionsOf(accountId: number, reason?: SessionRow['endedReason']): void {
  for (const session of [...db.tables.sessions.values()]) {
    if (session.accountId !== accountId) continue;
    if (reason) db.saveSession({ ...session, endedReason: reason });
    else db.deleteSession(session.token);
  }
}

/** A password change ends every other session of the account; the one that changed it goes on. */
export function endOtherSessionsOf(accountId: number, keepToken: string): void {
  for (const session of [...db.tables.sessions.values()]) {
    if (session.accountId === accountId && session.token !== keepToken) db.deleteSession(session.token);
  }
}

/** Ends every "Bekijk als klant" preview a staff member opened: on their logout, password change or block. */
export function endPreviewsBy(staffId: number): void {
  for (const session of [...db.tables.sessions.values()]) {
    if (session.preview?.staffId === staffId) db.deleteSession(session.token);
  }
}
