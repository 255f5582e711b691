/** A failed login says as little as possible: only the temporary-password cases get their own words. */
import { HttpError } from '../../core/api/httpClient';
import { loginErrorMessage } from './loginErrorMessage';

const failure = (status: number, code: string) => new HttpError(code, status, { code, message: code });

it.each(['invalid_credentials', 'account_blocked', 'account_locked', 'unauthorized'])(
  'a 401 %s reads as the generic invalid-credentials message',
  (code) => expect(loginErrorMessage(failure(401, code))).toBe('hub.login.invalid_credentials'),
);

it('a locked username (429) says to wait or choose a new password', () => {
  expect(loginErrorMessage(failure(429, 'too_many_attempts'))).toBe('hub.login.too_many_attempts');
});

it('names an expired or used temporary password, which the customer can do something about', () => {
  expect(loginErrorMessage(failure(401, 'temporary_password_expired'))).toBe('hub.login.temporary_password_expired');
  expect(loginErrorMessage(failure(401, 'temporary_password_used'))).toBe('hub.login.temporary_password_used');
});

it('tells a network failure and a server failure apart from wrong credentials', () => {
  expect(loginErrorMessage(failure(0, 'network_error'))).toBe('hub.errors.network');
  expect(loginErrorMessage(failure(500, 'internal_error'))).toBe('hub.login.failed');
});
