/**
 * Account rules that several handlers share: status, sharing, blocking per organisation and the
 * staff's view of an account. Staff always look at an account from their own organisation.
 */
import type { components } from '../../src/core/api/schema';
import { now, nowIso } from './clock';
import { db } from './store';
import type { AccountRow } from './types';

type AccountStatus = components['schemas']['AccountStatus'];

/** What another organisation's staff member is called in what one organisation sees. */
export const OTHER_ORGANIZATION = 'another organisation';

/** The organisations of the account's contacts, without repeats. */
export function organizationsOf(account: AccountRow): number[] {
  return [...new Set(account.contactIds.flatMap((id) => db.tables.contacts.get(id)?.organizationId ?? []))];
}

/** A customer with contacts at more than one organisation: no organisation may set its credentials. */
export function isShared(account: AccountRow): boolean {
  return organizationsOf(account).length > 1;
}

export function isBlockedFor(account: AccountRow, organizationId: number | null): boolean {
  return account.blockedAt !== null || (organizationId !== null && account.blockedByOrganizationIds.includes(organizationId));
}

/**
 * The account after `organizationId` blocked or unblocked it for itself. Blocked by all of its
 * organisations, it is blocked altogether (`blockedAt`): then it cannot log in.
 */
export function withOrganizationBlock(account: AccountRow, organizationId: number, blocked: boolean): AccountRow {
  const organizations = organizationsOf(account);
  const before = account.blockedAt !== null ? organizations : account.blockedByOrganizationIds;
  const after = blocked ? [...new Set([...before, organizationId])] : before.filter((id) => id !== organizationId);
  const everywhere = organizations.every((id) => after.includes(id));
  return { ...account, blockedByOrganizationIds: after, blockedAt: everywhere ? (account.blockedAt ?? nowIso()) : null };
}

export function accountStatus(account: AccountRow, organizationId: number | null = null): AccountStatus {
  if (isBlockedFor(account, organizationId)) return 'blocked';
  if (account.temporaryPasswordHash === null && account.passwordHash !== null) return 'active';
  const temporaryValid = account.temporaryPasswordHash !== null && account.temporaryPasswordExpiresAt !== null && Date.parse(account.temporaryPasswordExpiresAt) > now();
  if (temporaryValid) return 'awaiting_first_login';
  const linkLive = account.activationExpiresAt !== null && Date.parse(account.activationExpiresAt) > now();
  // Without a temporary password (bulk creation) the mailed link is all the customer waits on.
  if (linkLive || account.temporaryPasswordHash === null) return 'awaiting_activation';
  return 'temporary_password_expired';
}

/** The activation link mailed last, while neither used nor revoked. */
function activationOf(account: AccountRow): components['schemas']['AccountSummary']['activation'] {
  if (account.activationExpiresAt === null) return null;
  return { status: Date.parse(account.activationExpiresAt) > now() ? 'pending' : 'expired', expiresAt: account.activationExpiresAt };
}

/** The account as staff of `organizationId` see it: their organisation's block, and no other organisation's names. */
export function toAccountSummary(account: AccountRow, organizationId: number | null): components['schemas']['AccountSummary'] {
  const ownCreator = account.createdByOrganizationId === null || account.createdByOrganizationId === organizationId;
  return {
    id: account.id,
    username: account.username,
    status: accountStatus(account, organizationId),
    shared: isShared(account),
    createdAt: account.createdAt,
    createdBy: ownCreator ? account.createdBy : null,
    temporaryPasswordExpiresAt: account.temporaryPasswordHash === null ? null : account.temporaryPasswordExpiresAt,
    activation: activationOf(account),
  };
}
