/**
 * The logged-in session, kept in localStorage so a reload keeps the user logged in (in a
 * "Bekijk als klant" tab: the preview's session, in that tab's sessionStorage; see previewTab).
 * Only the providers read and write it; components ask the authProvider.
 */
import type { components } from '../api/schema';
import { sessionArea } from './previewTab';
import { isRole } from './roles';

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

/** The stored session, or null when there is none or it cannot be read. */
export function readSession(): Session | null {
  try {
    const parsed: unknown = JSON.parse(sessionArea().getItem(SESSION_KEY) ?? 'null');
    return isSession(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function isExpired(session: Session, now = Date.now()): boolean {
  return Date.parse(session.expiresAt) <= now;
}

export function writeSession(session: Session): void {
  sessionArea().setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionArea().removeItem(SESSION_KEY);
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
