/**
 * What the panel says when renewing, blocking, unblocking or sending a reset mail fails. A 409 or 404 means the page
 * shows an account that is not what the server has (a colleague was quicker): the panel refetches
 * and trying again makes no sense, so only "Close" is offered.
 */
import { errorBodyOf } from '../../../core/api/httpClient';

export interface AccountActionFailure {
  /** Translation key of the message shown in the dialog. */
  message: string;
  /** The account changed elsewhere: refetch it, and don't offer a retry. */
  stale: boolean;
}

const keys = 'hub.account_lifecycle.errors';
const conflicts = ['account_blocked', 'account_already_blocked', 'account_not_blocked', 'account_shared'];

export function describeAccountActionError(error: unknown): AccountActionFailure {
  const code = errorBodyOf(error)?.code;
  const status = (error as { status?: number })?.status;
  if (status === 409 && code && conflicts.includes(code)) return { message: `${keys}.${code}`, stale: true };
  if (status === 404) return { message: `${keys}.notFound`, stale: true };
  if (status === 403) return { message: `${keys}.forbidden`, stale: false };
  // Network failure, 5xx or anything unexpected: the user may simply try again.
  return { message: `${keys}.failed`, stale: false };
}
