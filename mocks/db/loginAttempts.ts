/**
 * Login protection, counted as the OWASP Authentication Cheat Sheet suggests, per username and
 * client: `config.maxFailedLogins` failures in a row from one client lock that client out of that
 * username for `config.lockoutMs`, and nobody else. So a stranger cannot lock a customer or a
 * colleague out with a few anonymous requests. Guessing from many clients stays bounded too:
 * `config.maxFailedLoginsPerUsername` failures from all clients together lock the username for
 * everyone. A stranger then needs that many requests from that many clients (at least
 * per-username / per-client of them) for what the owner's own ten typos would do. Usernames are
 * counted known or not, so a lock says nothing about whether one exists.
 */
import { now } from './clock';
import { config } from './config';
import { recordEvent, SYSTEM_ACTOR } from './events';
import { db } from './store';
import type { LoginAttemptRow } from './types';

const usernameKey = (username: string) => username.trim().toLowerCase();
const rowKey = (username: string, client: string | null) => (client === null ? usernameKey(username) : `${usernameKey(username)} ${client}`);

const remainingMs = (row: LoginAttemptRow | undefined) => (row?.lockedUntil == null ? 0 : Math.max(0, Date.parse(row.lockedUntil) - now()));

/** How long this client stays locked out of the username (by its own failures, or for everyone), in ms; 0 when not. */
export function lockedForMs(username: string, client: string): number {
  return Math.max(remainingMs(db.tables.loginAttempts.get(rowKey(username, client))), remainingMs(db.tables.loginAttempts.get(rowKey(username, null))));
}

/** Counts one failure on a row; the one that reaches `limit` locks it. Returns whether it did. */
function count(username: string, client: string | null, limit: number): boolean {
  const key = rowKey(username, client);
  const previous = db.tables.loginAttempts.get(key);
  // A lock that has run out starts a fresh count.
  const failures = (previous?.lockedUntil ? 0 : (previous?.failures ?? 0)) + 1;
  const locks = failures >= limit;
  db.put('loginAttempts', { key, username: usernameKey(username), client, failures: locks ? 0 : failures, lockedUntil: locks ? new Date(now() + config.lockoutMs).toISOString() : null });
  return locks;
}

/** Counts a failed login (or a wrong current password); a lock it causes shows in the timeline. Returns whether it locked. */
export function registerFailedLogin(username: string, client: string): boolean {
  const clientLocked = count(username, client, config.maxFailedLogins);
  const usernameLocked = count(username, null, config.maxFailedLoginsPerUsername);
  const account = db.accountByUsername(username);
  if ((clientLocked || usernameLocked) && account) recordEvent('locked', account, SYSTEM_ACTOR);
  return clientLocked || usernameLocked;
}

/** A successful login ends this client's count; a password reset, every count of the username. */
export function clearFailedLogins(username: string, client?: string): void {
  if (client !== undefined) return db.remove('loginAttempts', rowKey(username, client));
  for (const row of [...db.tables.loginAttempts.values()]) {
    if (row.username === usernameKey(username)) db.remove('loginAttempts', row.key);
  }
}
