/** The session in localStorage so a reload keeps the user logged in; a preview tab's is in its sessionStorage. */
import type { components } from '../api/schema';
import { sessionArea } from './previewTab';
import { isRole } from '../roles';

export type SessionUser = components['schemas']['User'];

export interface Session {
  token: string;
  expiresAt: string;
  mustChangePassword: boolean;
  /** Staff without a second factor: the API answers only the enrolment calls until one is added. */
  secondFactorEnrolmentRequired?: boolean;
  user: SessionUser;
}

const SESSION_KEY = 'hub.session';
const ENDED_KEY = 'hub.sessionEnded';
const PREVIOUS_USER_KEY = 'hub.previousUser';

/** Why the login page says the session ended: the API's 401 code, or the clock. */
const END_REASONS = ['expired', 'blocked', 'ended_elsewhere', 'ended_by_staff'] as const;
export type SessionEndReason = (typeof END_REASONS)[number];

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

export function readSession(): Session | null {
  return parseSession(sessionArea().getItem(SESSION_KEY));
}

export function isExpired(session: Session, now = Date.now()): boolean {
  return Date.parse(session.expiresAt) <= now;
}

export function writeSession(session: Session): void {
  sessionArea().setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  const session = readSession();
  if (session) sessionArea().setItem(PREVIOUS_USER_KEY, String(session.user.id));
  sessionArea().removeItem(SESSION_KEY);
}

export function takePreviousUserId(): number | null {
  const stored = sessionArea().getItem(PREVIOUS_USER_KEY);
  sessionArea().removeItem(PREVIOUS_USER_KEY);
  return stored === null ? null : Number(stored);
}

/** Another tab ended the session this tab shows (`storage` events never reach the tab that wrote). */
export function onSessionEndedElsewhere(listener: (next: Session | null) => void): () => void {
  const handle = (event: StorageEvent) => {
    // A preview tab's session is its own; key null: localStorage.clear() in the other tab.
    if (sessionArea() !== localStorage || event.storageArea !== localStorage || (event.key !== SESSION_KEY && event.key !== null)) return;
    const shown = parseSession(event.oldValue ?? null);
    const next = readSession();
    if (event.key === null ? next === null : shown && shown.user.id !== next?.user.id) listener(next);
  };
  window.addEventListener('storage', handle);
  return () => window.removeEventListener('storage', handle);
}

/** The API says why (`account_blocked`, `session_ended_elsewhere`, …) only once, so a later "expired" never overwrites it. */
export function markSessionEnded(reason: SessionEndReason): void {
  const known = sessionEndReason();
  if (reason === 'expired' && known && known !== 'expired') return;
  sessionArea().setItem(ENDED_KEY, reason);
}

export function sessionEndReason(): SessionEndReason | null {
  const reason = sessionArea().getItem(ENDED_KEY);
  return END_REASONS.find((known) => known === reason) ?? null;
}

export function clearSessionEnded(): void {
  sessionArea().removeItem(ENDED_KEY);
}
