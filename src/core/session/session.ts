/**
 * The logged-in session, kept in localStorage so a reload keeps the user logged in (in a
 * "Bekijk als klant" tab: the preview's session, in that tab's sessionStorage; see previewTab).
 * Only the providers read and write it; components ask the authProvider.
 */
import type { components } from '../api/schema';
import { sessionArea } from './previewTab';
import { isRole } from '../roles';

export type SessionUser = components['schemas']['User'];

export interface Session {
  token: string;
  expiresAt: string;
  mustChangePassword: boolean;
  user: SessionUser;
}

const SESSION_KEY = 'hub.session';
/** Why the last session ended by itself (401 or expiry), so the next login page can say so. */
const ENDED_KEY = 'hub.sessionEnded';
/** Whose session ended last: only that user is taken back to the page they were on. */
const PREVIOUS_USER_KEY = 'hub.previousUser';

/** `blocked`: the API answered 401 `account_blocked`; `expired`: any other 401, or the expiry time passed. */
export type SessionEndReason = 'expired' | 'blocked';

function isSession(value: unknown): value is Session {
  const session = value as Session | null;
  return (
    typeof session?.token === 'string' &&
    typeof session.expiresAt === 'string' &&
    typeof session.mustChangePassword === 'boolean' &&
    isRole(session.user?.role)
  );
}

function parseSession(stored: string | null): Session | null {
  try {
    const parsed: unknown = JSON.parse(stored ?? 'null');
    return isSession(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** The stored session, or null when there is none or it cannot be read. */
export function readSession(): Session | null {
  return parseSession(sessionArea().getItem(SESSION_KEY));
}

export function isExpired(session: Session, now = Date.now()): boolean {
  return Date.parse(session.expiresAt) <= now;
}

export function writeSession(session: Session): void {
  sessionArea().setItem(SESSION_KEY, JSON.stringify(session));
}

/** Ends the session in this browser (every tab: see onSessionEndedElsewhere) and remembers whose it was. */
export function clearSession(): void {
  const session = readSession();
  if (session) sessionArea().setItem(PREVIOUS_USER_KEY, String(session.user.id));
  sessionArea().removeItem(SESSION_KEY);
}

/** The id of the user whose session ended last, forgotten once asked (at login); null when unknown. */
export function takePreviousUserId(): number | null {
  const stored = sessionArea().getItem(PREVIOUS_USER_KEY);
  sessionArea().removeItem(PREVIOUS_USER_KEY);
  return stored === null ? null : Number(stored);
}

/**
 * Calls `listener` when another tab of this browser ends the session this tab shows: a logout, a
 * 401, or a login as someone else (the same user logging in again keeps this tab as it is).
 * `storage` events only reach the other tabs, never the one that wrote. Returns the unsubscribe.
 */
export function onSessionEndedElsewhere(listener: (next: Session | null) => void): () => void {
  const handle = (event: StorageEvent) => {
    // A preview tab holds a session of its own (sessionStorage), apart from the staff's.
    // key null: localStorage.clear() in the other tab.
    if (sessionArea() !== localStorage || event.storageArea !== localStorage || (event.key !== SESSION_KEY && event.key !== null)) return;
    const shown = parseSession(event.oldValue ?? null);
    const next = readSession();
    if (event.key === null ? next === null : shown && shown.user.id !== next?.user.id) listener(next);
  };
  window.addEventListener('storage', handle);
  return () => window.removeEventListener('storage', handle);
}

/**
 * Several calls can fail at once when a session ends; only some of them may say why (the API
 * answers `account_blocked` once, then forgets the token). "Blocked" is the news the customer
 * needs, so a later "expired" never overwrites it; a login clears the reason.
 */
export function markSessionEnded(reason: SessionEndReason): void {
  if (reason === 'expired' && sessionEndReason() === 'blocked') return;
  sessionArea().setItem(ENDED_KEY, reason);
}

export function sessionEndReason(): SessionEndReason | null {
  const reason = sessionArea().getItem(ENDED_KEY);
  return reason === 'expired' || reason === 'blocked' ? reason : null;
}

export function clearSessionEnded(): void {
  sessionArea().removeItem(ENDED_KEY);
}
