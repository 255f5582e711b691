/**
 * The account panel's sign-in methods of a customer (never a secret), and "Tweede factor
 * resetten": Beheerder and Relatiebeheerder, for customer accounts of their own organisation's
 * contacts (404 otherwise). The reset ends every session of the account, so whoever held one
 * must log in again, with the password alone until the customer enrols anew.
 */
import { endSessionsOf, recordEvent } from '../db';
import { endSecondStepsOf, factorsOf, hasSecondFactor, saveFactors } from '../db/factors';
import { ApiError, authorize, HttpResponse, pathId, type Schemas } from '../http';
import { sendSecurityMail } from '../mail/outbox';
import { accountInReach } from './accountLifecycle';
import { signInMethodsOf } from './secondFactorRoutes';

interface Info {
  request: Request;
  params: Record<string, string | readonly string[] | undefined>;
}

export const accountSecondFactorResolvers = {
  accountSignInMethods: ({ request, params }: Info) => {
    const caller = authorize(request, 'accounts', 'show');
    const account = accountInReach(caller, pathId(params.id));
    return HttpResponse.json<Schemas['SignInMethodsResponse']>({ data: signInMethodsOf(account) });
  },

  accountSecondFactorReset: ({ request, params }: Info) => {
    const caller = authorize(request, 'accounts', 'edit');
    const account = accountInReach(caller, pathId(params.id));
    const row = factorsOf(account.id);
    if (!row || !hasSecondFactor(row)) throw new ApiError(409, 'no_second_factor', 'This account has no second factor.');
    saveFactors({ ...row, totp: null, pendingTotp: null, passkeys: [], recoveryCodes: null });
    endSessionsOf(account.id);
    endSecondStepsOf(account.id);
    // Every organisation of a shared customer sees it: it changed how the customer signs in.
    recordEvent('second_factor_reset', account, caller.account);
    sendSecurityMail(account, 'second_factor_reset');
    return HttpResponse.json<Schemas['SignInMethodsResponse']>({ data: signInMethodsOf(account) });
  },
};
