/**
 * The logged-in session, kept in localStorage so a reload keeps the user logged in.
 * Only the providers read and write it; components ask the authProvider.
 */
import type { components } from '../api/schema';
import { isRole } from './roles';

export type SessionUser = components['schemas']['User'];

export interface Session {
  token: string;
  expiresAt: string;
  mustChangePassword: boolean;
  user: SessionUser;
}

const SESSION_KEY = 'hub.session';
/** Set when a session ended by itself (401 or expiry), so the login page can say so. */
const EXPIRED_KEY = 'hub.sessionExpired';

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
    const parsed: unknown = JSON.parse(localStorage.getItem(SESSION_KEY) ?? 'null');
    return isSession(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function isExpired(session: Session, now = Date.now()): boolean {
  return Date.parse(session.expiresAt) <= now;
}

export function writeSession(session: Session): void {
  localStorage.setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(SESSION_KEY);
}

export function markSessionExpired(): void {
  localStorage.setItem(EXPIRED_KEY, '1');
}

export function wasSessionExpired(): boolean {
  return localStorage.getItem(EXPIRED_KEY) === '1';
}

export function clearSessionExpired(): void {
  localStorage.removeItem(EXPIRED_KEY);
}
