/** A failed login says as little as possible: only the temporary-password cases get their own words. */
import { HttpError } from '../../core/api/httpClient';
import { nl } from '../../core/i18n/nl';
import { translate } from '../../core/i18n/translate';
import { loginErrorMessage } from './loginErrorMessage';

const failure = (status: number, code: string) => new HttpError(code, status, { code, message: code });
const shown = (status: number, code: string) => translate(nl, loginErrorMessage(failure(status, code)));

it.each(['invalid_credentials', 'account_blocked', 'account_locked', 'unauthorized'])(
  'a 401 %s reads as the generic invalid-credentials message',
  (code) => expect(shown(401, code)).toBe('Het e-mailadres of wachtwoord is onjuist.'),
);

it('a locked username (429) says to wait or choose a new password', () => {
  expect(shown(429, 'too_many_attempts')).toBe(
    'Te veel mislukte pogingen voor dit e-mailadres. Probeer het later opnieuw, of kies een nieuw wachtwoord via "Wachtwoord vergeten?".',
  );
});

it('names an expired or used temporary password, which the customer can do something about', () => {
  expect(shown(401, 'temporary_password_expired')).toBe('Uw tijdelijke wachtwoord is verlopen. Vraag uw organisatie om een nieuw wachtwoord.');
  expect(shown(401, 'temporary_password_used')).toBe('Dit tijdelijke wachtwoord is al gebruikt. Vraag uw organisatie om een nieuw wachtwoord.');
});

it('tells a network failure and a server failure apart from wrong credentials', () => {
  expect(shown(0, 'network_error')).toBe('De Hub is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.');
  expect(shown(500, 'internal_error')).toBe('Inloggen is mislukt. Probeer het opnieuw.');
});
