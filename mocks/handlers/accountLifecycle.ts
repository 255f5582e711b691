/**
 * After creation: a new temporary password, block and unblock. Staff with `accounts.edit`, for
 * customer accounts of their own organisation's contacts only (404 otherwise, like an unknown id).
 */
import { http } from 'msw';
import { apiPaths } from '../../src/api/paths';
import { config, db, endSessionsOf, now, nowIso, recordEvent, toAccountSummary, type AccountRow } from '../db';
import { ApiError, authorize, endpoint, HttpResponse, notFound, pathId, route, type Caller, type Schemas } from '../http';
import { revokeResetTokensOf } from './passwordReset';
import { preparePassword } from './accountCreation';

/** A customer account with a contact in the caller's organisation; otherwise 404. */
export function accountInReach(caller: Caller, id: number): AccountRow {
  const account = db.tables.accounts.get(id);
  const inReach = account?.role === 'klant' && account.contactIds.some((contactId) => db.tables.contacts.get(contactId)?.organizationId === caller.account.organizationId);
  if (!account || !inReach) throw notFound();
  return account;
}

const summary = (account: AccountRow) => HttpResponse.json<Schemas['AccountSummary']>(toAccountSummary(account));

export function accountLifecycleHandlers(apiBase: string) {
  return [
    http.post(endpoint(apiBase, apiPaths.accountTemporaryPassword), route(async ({ request, params }) => {
      const caller = authorize(request, 'accounts', 'edit');
      accountInReach(caller, pathId(params.id));
      const password = await preparePassword();
      // Re-read after the await: the account may have been blocked meanwhile.
      const current = accountInReach(caller, pathId(params.id));
      if (current.blockedAt) throw new ApiError(409, 'account_blocked', 'This account is blocked. Unblock it first.');
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
      recordEvent('temporary_password_renewed', account, caller.account);
      return HttpResponse.json<Schemas['TemporaryPasswordRenewed']>({
        temporaryPassword: password.temporaryPassword,
        temporaryPasswordExpiresAt: account.temporaryPasswordExpiresAt!,
        account: toAccountSummary(account),
      });
    })),

    http.post(endpoint(apiBase, apiPaths.accountBlock), route(({ request, params }) => {
      const caller = authorize(request, 'accounts', 'edit');
      const current = accountInReach(caller, pathId(params.id));
      if (current.blockedAt) throw new ApiError(409, 'account_already_blocked', 'This account is already blocked.');
      const account = { ...current, blockedAt: nowIso() };
      db.saveAccount(account);
      endSessionsOf(account.id, 'account_blocked');
      revokeResetTokensOf(account.id);
      recordEvent('blocked', account, caller.account);
      return summary(account);
    })),

    http.post(endpoint(apiBase, apiPaths.accountUnblock), route(({ request, params }) => {
      const caller = authorize(request, 'accounts', 'edit');
      const current = accountInReach(caller, pathId(params.id));
      if (!current.blockedAt) throw new ApiError(409, 'account_not_blocked', 'This account is not blocked.');
      // The same row: same id, contacts, username and passwords as before the block.
      const account = { ...current, blockedAt: null };
      db.saveAccount(account);
      recordEvent('unblocked', account, caller.account);
      return summary(account);
    })),
  ];
}
