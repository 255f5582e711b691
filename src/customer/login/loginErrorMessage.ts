import { apiErrorCode, apiErrorMessage, apiErrorStatus, codeMessage } from '../../core/api/apiErrorMessage';

/** The only refusals a customer can do something about; every other 401 is one message. */
const SAYS_WHY = ['temporary_password_expired', 'temporary_password_used'];

export function loginErrorMessage(error: unknown): string {
  // Unknown user, wrong password, blocked account: one message, so a failed login never reveals
  // whether the password was right.
  if (apiErrorStatus(error) === 401 && !SAYS_WHY.includes(apiErrorCode(error) ?? '')) return codeMessage('invalid_credentials');
  // A lock answers 429 whatever the password, so naming it reveals nothing about the password.
  return apiErrorMessage(error, { prefix: 'hub.login', codes: ['too_many_attempts'] });
}

/** After the password (its second step) and for a passkey, every refusal names itself; a lock too. */
export function secondFactorErrorMessage(error: unknown): string {
  return apiErrorMessage(error, { prefix: 'hub.login', codes: ['too_many_attempts'] });
}
