import { apiErrorCode, apiErrorMessage, codeMessage, fieldMessage, refusedFields, RETRY_ON_TROUBLE } from '../../core/api/apiErrorMessage';

export interface AccountErrorOutcome {
  /** Messages (translation keys) shown on the form's fields. */
  fieldErrors?: Record<string, string>;
  /** A message (translation key) shown at the top of the dialog. */
  message?: string;
  /** The contact is not what the page shows any more: refetch it. */
  refreshContact?: boolean;
}

const page = { prefix: 'hub.contacts.addAccount.errors', codes: ['forbidden', 'not_found'], retry: RETRY_ON_TROUBLE };

export function describeAccountError(error: unknown): AccountErrorOutcome {
  const code = apiErrorCode(error);
  if (code === 'email_in_use') return { fieldErrors: { email: codeMessage('email_in_use') } };
  if (code === 'validation_failed' && refusedFields(error).includes('email')) return { fieldErrors: { email: fieldMessage('invalid_email') } };
  const message = apiErrorMessage(error, page);
  return code === 'contact_has_account' || code === 'not_found' ? { message, refreshContact: true } : { message };
}
