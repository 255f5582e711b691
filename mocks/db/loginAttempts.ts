/**
 * Login protection: after `config.maxFailedLogins` failed logins in a row for one username, that
 * username is locked for `config.lockoutMs`. Counted per username, known or not, so a lock says
 * nothing about whether the username exists.
 */
import { now } from './clock';
import { config } from './config';
import { recordEvent, SYSTEM_ACTOR } from './events';
import { db } from './store';
import type { LoginAttemptRow } from './types';

const keyOf = (username: string) => username.trim().toLowerCase();

/** How long the username stays locked, in ms; 0 when it is not locked. */
export function lockedForMs(username: string): number {
  const lockedUntil = db.tables.loginAttempts.get(keyOf(username))?.lockedUntil;
  return lockedUntil == null ? 0 : Math.max(0, Date.parse(lockedUntil) - now());
}

/** Counts a failed login; the one that reaches the limit locks the username (and says so in the timeline). */
export function registerFailedLogin(username: string): void {
  const key = keyOf(username);
  const previous = db.tables.loginAttempts.get(key);
  // A lock that has run out starts a fresh count.
  const failures = (previous?.lockedUntil ? 0 : (previous?.failures ?? 0)) + 1;
  const row: LoginAttemptRow = { username: key, failures, lockedUntil: null };
  if (failures >= config.maxFailedLogins) {
    row.failures = 0;
    row.lockedUntil = new Date(now() + config.lockoutMs).toISOString();
    const account = db.accountByUsername(key);
    if (account) recordEvent('locked', account, SYSTEM_ACTOR);
  }
  db.put('loginAttempts', row);
}

/** A successful login or a password reset ends the count (and any lock). */
export function clearFailedLogins(username: string): void {
  db.remove('loginAttempts', keyOf(username));
}
