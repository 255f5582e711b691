/**
 * What the bulk dialog says when a POST /account/accounts/bulk fails as a whole. Per-contact
 * problems are not errors: they come back as skip reasons. The single-account dialog's
 * `describeAccountError` speaks of one account and puts messages on a form field, so this is its
 * bulk counterpart rather than a copy; both read the error body through `errorBodyOf`.
 */
import { errorBodyOf } from '../../../core/api/httpClient';

const keys = 'hub.bulk_accounts.errors';

/** A translation key for the failure; the user's input is kept whatever it says. */
export function describeBulkError(error: unknown): string {
  const status = (error as { status?: number })?.status;
  if (status === 403) return `${keys}.forbidden`;
  // The only list-level 422: too many (or no) items.
  if (status === 422 && errorBodyOf(error)?.errors?.items) return `${keys}.too_many`;
  // Network failure, 5xx or anything unexpected: the user may simply try again.
  return `${keys}.failed`;
}
