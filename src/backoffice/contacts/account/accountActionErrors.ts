/** A 409 or 404 means the page is out of date: the panel refetches and offers only "Close". */
import { apiErrorCode, apiErrorMessage, RETRY_ON_TROUBLE } from '../../../core/api/apiErrorMessage';

export interface AccountActionFailure {
  /** Translation key of the message shown in the dialog. */
  message: string;
  /** The account changed elsewhere: refetch it, and don't offer a retry. */
  stale: boolean;
}

const page = { prefix: 'hub.account_lifecycle.errors', codes: ['forbidden', 'not_found'], retry: RETRY_ON_TROUBLE };
const stale = ['account_blocked', 'account_already_blocked', 'account_not_blocked', 'account_shared', 'not_found', 'no_second_factor', 'account_active'];

export function describeAccountActionError(error: unknown): AccountActionFailure {
  return { message: apiErrorMessage(error, page), stale: stale.includes(apiErrorCode(error) ?? '') };
}
