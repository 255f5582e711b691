/** Account rules that several handlers share: status and the staff's view of an account. */
import type { components } from '../../src/api/schema';
import { now } from './clock';
import type { AccountRow } from './types';

type AccountStatus = components['schemas']['AccountStatus'];

export function accountStatus(account: AccountRow): AccountStatus {
  if (account.blockedAt !== null) return 'blocked';
  if (account.temporaryPasswordHash === null) return 'active';
  const expired = account.temporaryPasswordExpiresAt !== null && Date.parse(account.temporaryPasswordExpiresAt) <= now();
  return expired ? 'temporary_password_expired' : 'awaiting_first_login';
}

export function toAccountSummary(account: AccountRow): components['schemas']['AccountSummary'] {
  return {
    id: account.id,
    username: account.username,
    status: accountStatus(account),
    createdAt: account.createdAt,
    createdBy: account.createdBy,
    temporaryPasswordExpiresAt: account.temporaryPasswordHash === null ? null : account.temporaryPasswordExpiresAt,
  };
}
