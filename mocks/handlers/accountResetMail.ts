/**
 * POST /account/accounts/{id}/reset-mail: staff send the customer the same single-use reset link
 * as "forgot password", to the customer's own mailbox. The way to help a shared customer, whose
 * credentials no organisation may set; it works for any account in reach that is not blocked.
 */
import { http } from 'msw';
import { apiPaths } from '../../src/core/api/paths';
import { isBlockedFor } from '../db';
import { ApiError, authorize, endpoint, HttpResponse, pathId, route, type Schemas } from '../http';
import { accountInReach } from './accountLifecycle';
import { newResetLink, sendResetLink } from './passwordReset';

export const RESET_MAIL_ANSWER = 'A mail with a link to choose a new password is on its way to the customer (or went out less than 5 minutes ago, and that link still works). The link works once, for 1 hour.';

export function accountResetMailHandlers(apiBase: string) {
  return [
    http.post(endpoint(apiBase, apiPaths.accountResetMail), route(async ({ request, params }) => {
      const caller = authorize(request, 'accounts', 'edit');
      accountInReach(caller, pathId(params.id));
      const link = await newResetLink();
      // Re-read after the await: the account may have been blocked meanwhile.
      const account = accountInReach(caller, pathId(params.id));
      if (isBlockedFor(account, caller.account.organizationId)) throw new ApiError(409, 'account_blocked', 'This account is blocked. Unblock it first.');
      sendResetLink(account, link, caller.account);
      return HttpResponse.json<Schemas['NeutralAnswer']>({ message: RESET_MAIL_ANSWER }, { status: 202 });
    })),
  ];
}
