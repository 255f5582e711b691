/** Per-contact problems are no errors: they come back as skip reasons. */
import { apiErrorCode, apiErrorMessage, refusedFields, RETRY_ON_TROUBLE } from '../../../core/api/apiErrorMessage';

const page = { prefix: 'hub.bulk_accounts.errors', codes: ['forbidden'], retry: RETRY_ON_TROUBLE };

/** A translation key for the failure; the user's input is kept whatever it says. */
export function describeBulkError(error: unknown): string {
  // The only list-level 422: too many (or no) items.
  if (apiErrorCode(error) === 'validation_failed' && refusedFields(error).includes('items')) return `${page.prefix}.too_many`;
  return apiErrorMessage(error, page);
}
