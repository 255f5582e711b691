/**
 * What the add-account dialog does with a failed POST /account/accounts. The typed email always
 * stays in the form; this only decides where the message goes and whether the contact changed.
 */
import { errorBodyOf } from '../../core/api/httpClient';

export interface AccountErrorOutcome {
  /** Messages (translation keys) shown on the form's fields. */
  fieldErrors?: Record<string, string>;
  /** A message (translation key) shown at the top of the dialog. */
  message?: string;
  /** The contact is not what the page shows any more: refetch it. */
  refreshContact?: boolean;
}

const keys = 'hub.contacts.addAccount.errors';

export function describeAccountError(error: unknown): AccountErrorOutcome {
  const body = errorBodyOf(error);
  const status = (error as { status?: number })?.status;
  if (body?.code === 'email_in_use') return { fieldErrors: { email: `${keys}.emailInUse` } };
  if (body?.code === 'contact_has_account') {
    return { message: `${keys}.contactHasAccount`, refreshContact: true };
  }
  if (status === 422 && body?.errors?.email) return { fieldErrors: { email: `${keys}.emailInvalid` } };
  if (status === 403) return { message: `${keys}.forbidden` };
  if (status === 404) return { message: `${keys}.notFound`, refreshContact: true };
  // Network failure, 5xx or anything unexpected: the user may simply try again.
  return { message: `${keys}.failed` };
}
