/**
 * The data provider, in layers (as Atomic CRM does): ra-data-simple-rest for the back-office
 * resources, with react-admin resource names mapped to Hub API paths, the back office's account
 * actions.
 */
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
  TemporaryPasswordRenewed,
} from '../core/api/types';

/** The back office's account actions beyond creation (issue 5); ids are account ids. */
export interface AccountLifecycleMethods {
  renewTemporaryPassword(accountId: string | number): Promise<TemporaryPasswordRenewed>;
  blockAccount(accountId: string | number): Promise<AccountSummary>;
  unblockAccount(accountId: string | number): Promise<AccountSummary>;
  /** Mails the customer a single-use link to choose a new password (for shared accounts). */
  sendResetMail(accountId: string | number): Promise<NeutralAnswer>;
  /** One page of the account's timeline, simple-rest style (sort, range, filter). */
  getAccountEvents(accountId: string | number, params: GetListParams): Promise<GetListResult<AccountEvent>>;
  /** Creates (or with `dryRun` previews) the accounts of many contacts; per-item results. */
  createAccountsBulk(request: BulkAccountRequest): Promise<BulkAccountResponse>;
}

export type HubDataProvider = DataProvider & AccountLifecycleMethods;

/** simple-rest builds `${base}/${resource}`; our resources live at service-prefixed paths. */
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
  createAccountsBulk: (request) => postJson<BulkAccountResponse>(apiPaths.accountsBulk, request),
};

const backOffice = withResourcePaths(simpleRest);

/** react-admin shows a refused record's `body.errors` under its inputs: in the user's words, not the API's English. */
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
