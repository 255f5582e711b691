/** Layered as in Atomic CRM: ra-data-simple-rest on the Hub API's paths, plus the account actions. */
import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, GetListParams, GetListResult } from 'react-admin';
import { apiPaths, resourcePaths, withParams, type BackOfficeResource } from '../core/api/paths';
import { apiUrl } from '../core/api/apiUrl';
import { errorBodyOf, HttpError, httpClient, postJson } from '../core/api/httpClient';
import { recordFieldMessages } from '../core/api/apiErrorMessage';
import { withPageLimit } from './pageLimit';
import type {
  AccountEvent,
  AccountSummary,
  BulkAccountRequest,
  BulkAccountResponse,
  NeutralAnswer,
  SessionsEndedResponse,
  SignInMethods,
  SignInMethodsResponse,
  TemporaryPasswordRenewed,
} from '../core/api/types';

/** Account actions beyond creation; ids are account ids. */
export interface AccountLifecycleMethods {
  renewTemporaryPassword(accountId: string | number): Promise<TemporaryPasswordRenewed>;
  blockAccount(accountId: string | number): Promise<AccountSummary>;
  unblockAccount(accountId: string | number): Promise<AccountSummary>;
  /** Mails a single-use link to choose a new password (shared accounts). */
  sendResetMail(accountId: string | number): Promise<NeutralAnswer>;
  getAccountEvents(accountId: string | number, params: GetListParams): Promise<GetListResult<AccountEvent>>;
  /** How the account signs in: never a secret. */
  getAccountSignInMethods(accountId: string | number): Promise<SignInMethods>;
  /** Removes the app, every passkey and the recovery codes, and ends the account's sessions. */
  resetAccountSecondFactor(accountId: string | number): Promise<SignInMethods>;
  /** Ends every open session of the account; answers how many ended. */
  endAccountSessions(accountId: string | number): Promise<number>;
  /** Mails a new activation link (earlier ones stop working); answers the account with its expiry. */
  sendActivationMail(accountId: string | number): Promise<AccountSummary>;
  /** With `dryRun`, previews instead of creating; results are per item. */
  createAccountsBulk(request: BulkAccountRequest): Promise<BulkAccountResponse>;
}

export type HubDataProvider = DataProvider & AccountLifecycleMethods;

function pathOf(resource: string): string {
  const path = resourcePaths[resource as BackOfficeResource];
  if (!path) throw new Error(`Unknown resource "${resource}"`);
  return path.replace(/^\//, '');
}

function withResourcePaths(base: DataProvider): DataProvider {
  const mapped: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(base)) {
    mapped[name] =
      typeof method === 'function'
        ? (resource: string, ...rest: unknown[]) => method(pathOf(resource), ...rest)
        : method;
  }
  return mapped as unknown as DataProvider;
}

const simpleRest = simpleRestProvider(apiUrl, httpClient);

const accountLifecycleMethods: AccountLifecycleMethods = {
  renewTemporaryPassword: (id) =>
    postJson<TemporaryPasswordRenewed>(withParams(apiPaths.accountTemporaryPassword, { id })),
  blockAccount: (id) => postJson<AccountSummary>(withParams(apiPaths.accountBlock, { id })),
  unblockAccount: (id) => postJson<AccountSummary>(withParams(apiPaths.accountUnblock, { id })),
  sendResetMail: (id) => postJson<NeutralAnswer>(withParams(apiPaths.accountResetMail, { id })),
  getAccountEvents: (id, params) =>
    simpleRest.getList<AccountEvent>(withParams(apiPaths.accountEvents, { id }).replace(/^\//, ''), params),
  getAccountSignInMethods: async (id) =>
    ((await httpClient(`${apiUrl}${withParams(apiPaths.accountSignInMethods, { id })}`)).json as SignInMethodsResponse).data,
  resetAccountSecondFactor: async (id) =>
    (await postJson<SignInMethodsResponse>(withParams(apiPaths.accountSecondFactorReset, { id }))).data,
  endAccountSessions: async (id) => (await postJson<SessionsEndedResponse>(withParams(apiPaths.accountSessionsEnd, { id }))).data.ended,
  sendActivationMail: (id) => postJson<AccountSummary>(withParams(apiPaths.accountActivationMail, { id })),
  createAccountsBulk: (request) => postJson<BulkAccountResponse>(apiPaths.accountsBulk, request),
};

const backOffice = withResourcePaths(simpleRest);

/** Refused fields' messages in the user's words, where react-admin shows them under its inputs. */
function withFieldMessages<P extends { data: Partial<Record<string, unknown>> }, R>(
  method: (resource: string, params: P) => Promise<R>,
): (resource: string, params: P) => Promise<R> {
  return async (resource, params) => {
    try {
      return await method(resource, params);
    } catch (error) {
      const errors = recordFieldMessages(error, params.data);
      if (!errors || !(error instanceof HttpError)) throw error;
      throw new HttpError(error.message, error.status, { ...errorBodyOf(error), errors });
    }
  };
}

export const dataProvider: HubDataProvider = {
  ...backOffice,
  getList: withPageLimit(backOffice.getList),
  create: withFieldMessages(backOffice.create),
  update: withFieldMessages(backOffice.update),
  ...accountLifecycleMethods,
};
