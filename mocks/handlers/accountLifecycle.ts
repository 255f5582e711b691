/**
 * After creation: a new temporary password, block and unblock. Staff with `accounts.edit`, for
 * customer accounts of their own organisation's contacts only (404 otherwise, like an unknown id).
 * A shared account (contacts at several organisations) gets no temporary password from anyone,
 * and each organisation blocks it for itself only.
 */
import { http } from 'msw';
import { apiPaths } from '../../src/core/api/paths';
import { config, db, endSessionsOf, isBlockedFor, isShared, now, recordEvent, toAccountSummary, withOrganizationBlock, type AccountRow } from '../db';
import { ApiError, authorize, endpoint, HttpResponse, notFound, pathId, route, type Caller, type Schemas } from '../http';
import { revokeActivationOf } from '../db/activation';
import { revokeResetTokensOf } from './passwordReset';
import { preparePassword } from './accountCreation';

/** A customer account with a contact in the caller's organisation; otherwise 404. */
export function accountInReach(caller: Caller, id: number): AccountRow {
  const account = db.tables.accounts.get(id);
  const inReach = account?.role === 'klant' && account.contactIds.some((contactId) => db.tables.contacts.get(contactId)?.organizationId === caller.account.organizationId);
  if (!account || !inReach) throw notFound();
  return account;
}

/** 409 account_shared: one organisation setting the credentials could read the others' data. */
export function refuseShared(account: AccountRow): void {
  if (isShared(account)) throw new ApiError(409, 'account_shared', 'This customer also belongs to another organisation: send a reset mail instead.');
}

const summary = (account: AccountRow, caller: Caller) =>
  HttpResponse.json<Schemas['AccountSummary']>(toAccountSummary(account, caller.account.organizationId));

export function accountLifecycleHandlers(apiBase: string) {
  return [
    http.post(endpoint(apiBase, apiPaths.accountTemporaryPassword), route(async ({ request, params }) => {
      const caller = authorize(request, 'accounts', 'edit');
      refuseShared(accountInReach(caller, pathId(params.id)));
      const password = await preparePassword();
      // Re-read after the await: the account may have been blocked meanwhile.
      const current = accountInReach(caller, pathId(params.id));
      refuseShared(current);
      if (isBlockedFor(current, caller.account.organizationId)) throw new ApiError(409, 'account_blocked', 'This account is blocked. Unblock it first.');
      const account: AccountRow = {
        ...current,
        // Also for an active account (a forgotten password, on request): its own password ends too.
        passwordHash: null,
        temporaryPasswordHash: password.temporaryPasswordHash,
        temporaryPasswordExpiresAt: new Date(now() + config.temporaryPasswordTtlMs).toISOString(),
        temporaryPasswordUsedAt: null,
      };
      db.saveAccount(account);
      endSessionsOf(account.id);
      revokeResetTokensOf(account.id);
      revokeActivationOf(account.id);
      recordEvent('temporary_password_renewed', account, caller.account);
      return HttpResponse.json<Schemas['TemporaryPasswordRenewed']>({
        temporaryPassword: password.temporaryPassword,
        temporaryPasswordExpiresAt: account.temporaryPasswordExpiresAt!,
        account: toAccountSummary(db.tables.accounts.get(account.id)!, caller.account.organizationId),
      });
    })),

    http.post(endpoint(apiBase, apiPaths.accountBlock), route(({ request, params }) => {
      const caller = authorize(request, 'accounts', 'edit');
      const current = accountInReach(caller, pathId(params.id));
      if (isBlockedFor(current, caller.account.organizationId)) throw new ApiError(409, 'account_already_blocked', 'This account is already blocked.');
      const account = withOrganizationBlock(current, caller.account.organizationId!, true);
      db.saveAccount(account);
      // Blocked by only some of its organisations, the customer goes on without their dossiers.
      if (account.blockedAt) {
        endSessionsOf(account.id, 'account_blocked');
        revokeResetTokensOf(account.id);
      }
      recordEvent('blocked', account, caller.account);
      return summary(account, caller);
    })),

    http.post(endpoint(apiBase, apiPaths.accountUnblock), route(({ request, params }) => {
      const caller = authorize(request, 'accounts', 'edit');
      const current = accountInReach(caller, pathId(params.id));
      if (!isBlockedFor(current, caller.account.organizationId)) throw new ApiError(409, 'account_not_blocked', 'This account is not blocked.');
      // The same row: same id, contacts, username and passwords as before the block.
      const account = withOrganizationBlock(current, caller.account.organizationId!, false);
      db.saveAccount(account);
      recordEvent('unblocked', account, caller.account);
      return summary(account, caller);
    })),
  ];
}
