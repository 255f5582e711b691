/**
 * Activation links: the welcome mail's way to a first password (never a password in a mail).
 * Only the SHA-256 of a link's token is kept; the account row carries the live link's expiry, so
 * the panel's status needs no lookup. A newer link, and any change of credentials, revokes it.
 */
import { now, nowIso } from './clock';
import { config } from './config';
import { db } from './store';
import type { AccountRow } from './types';

/** Revokes the account's open links; `keep` is the row just made. */
function revokeRows(accountId: number, keep?: string): void {
  for (const row of db.tables.activationTokens.values()) {
    if (row.accountId === accountId && row.tokenHash !== keep && !row.usedAt && !row.revokedAt) db.put('activationTokens', { ...row, revokedAt: nowIso() });
  }
}

/**
 * Stores a new link (its token hashed before, as this runs without awaiting); earlier ones stop working.
 * `issuedAt` lets a new account's link share the account's own timestamp.
 */
export function storeActivationLink(account: AccountRow, tokenHash: string, issuedAt = now()): AccountRow {
  const expiresAt = new Date(issuedAt + config.activationTokenTtlMs).toISOString();
  db.put('activationTokens', { tokenHash, accountId: account.id, expiresAt, usedAt: null, revokedAt: null, createdAt: new Date(issuedAt).toISOString() });
  revokeRows(account.id, tokenHash);
  const latest = db.tables.accounts.get(account.id) ?? account;
  const updated = { ...latest, activationExpiresAt: expiresAt };
  db.saveAccount(updated);
  return updated;
}

/** Any change of credentials: the account's activation links stop working. */
export function revokeActivationOf(accountId: number): void {
  revokeRows(accountId);
  const account = db.tables.accounts.get(accountId);
  if (account?.activationExpiresAt) db.saveAccount({ ...account, activationExpiresAt: null });
}
