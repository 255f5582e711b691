/** Turns a failed login into a message key in the user's language (never the API's English). */
import { errorBodyOf, NETWORK_ERROR_CODE } from '../../core/api/httpClient';

export function loginErrorMessage(error: unknown): string {
  const body = errorBodyOf(error);
  if (body?.code === 'temporary_password_expired') return 'hub.login.temporary_password_expired';
  if (body?.code === 'temporary_password_used') return 'hub.login.temporary_password_used';
  if (body?.code === NETWORK_ERROR_CODE) return 'hub.errors.network';
  // A lock answers 429 whatever the password, so naming it reveals nothing about the password.
  if ((error as { status?: number })?.status === 429) return 'hub.login.too_many_attempts';
  // Unknown user, wrong password, blocked account: one message, so a failed login never reveals
  // whether the password was right.
  if ((error as { status?: number })?.status === 401) return 'hub.login.invalid_credentials';
  return 'hub.login.failed';
}
