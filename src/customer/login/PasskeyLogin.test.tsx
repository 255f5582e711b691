/**
 * The login page's passkey, in a browser with WebAuthn (stubbed): the button's prompt closed by
 * the user, and the username field's offer of passkeys (conditional mediation), ended when the
 * password is sent instead.
 */
import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '../../../test/kit/render';
import { KLANT } from '../../../test/kit/people';

interface CredentialRequest {
  mediation?: string;
  signal: AbortSignal;
}

let requests: CredentialRequest[];

/** A browser whose passkey prompts wait for the user; `closed` rejects each as a closed prompt would. */
function browserWithPasskeys({ autofill, closed, refusesOffer = false }: { autofill: boolean; closed: boolean; refusesOffer?: boolean }) {
  requests = [];
  const PublicKeyCredential = Object.assign(function PublicKeyCredential() {}, {
    isConditionalMediationAvailable: async () => autofill,
  });
  vi.stubGlobal('PublicKeyCredential', PublicKeyCredential);
  const get = (request: CredentialRequest) => {
    requests.push(request);
    return new Promise((_, reject) => {
      if (closed) reject(new DOMException('The prompt was closed.', 'NotAllowedError'));
      if (refusesOffer && request.mediation === 'conditional') reject(new DOMException('A request is already pending.', 'InvalidStateError'));
      request.signal.addEventListener('abort', () => reject(request.signal.reason));
    });
  };
  Object.defineProperty(navigator, 'credentials', { configurable: true, value: { get } });
}

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'credentials');
});

it('says so when the passkey prompt of "Inloggen met een passkey" is closed', async () => {
  browserWithPasskeys({ autofill: false, closed: true });
  const { user } = renderApp('/login');
  await user.click(await screen.findByRole('button', { name: 'Inloggen met een passkey' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Er is niet met een passkey ingelogd: de vraag van uw browser werd gesloten.');
  expect(requests).toHaveLength(1);
  expect(requests[0].mediation).toBeUndefined();
});

it('offers passkeys in the username field, and ends that offer when the password is sent', async () => {
  browserWithPasskeys({ autofill: true, closed: false });
  const { user } = renderApp('/login');
  const username = await screen.findByLabelText(/E-mailadres/, { selector: 'input' });
  expect(username).toHaveAttribute('autocomplete', 'username webauthn');
  await waitFor(() => expect(requests).toHaveLength(1));
  expect(requests[0].mediation).toBe('conditional');
  expect(requests[0].signal.aborted).toBe(false);

  await user.type(username, KLANT);
  await user.type(screen.getByLabelText(/^Wachtwoord/, { selector: 'input' }), 'fout');
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
  await waitFor(() => expect(requests[0].signal.aborted).toBe(true));
  // Refused: the field offers passkeys again, and nothing says the ended offer failed.
  expect(await screen.findByRole('alert')).toHaveTextContent('Het e-mailadres of wachtwoord is onjuist.');
  await waitFor(() => expect(requests).toHaveLength(2));
  expect(requests[1].mediation).toBe('conditional');
});

it('says nothing when the browser ends the field\'s offer on its own, and keeps the password\'s refusal', async () => {
  browserWithPasskeys({ autofill: true, closed: false, refusesOffer: true });
  const { user } = renderApp('/login');
  await waitFor(() => expect(requests).toHaveLength(1));
  await user.type(await screen.findByLabelText(/E-mailadres/, { selector: 'input' }), KLANT);
  await user.type(screen.getByLabelText(/^Wachtwoord/, { selector: 'input' }), 'fout');
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Het e-mailadres of wachtwoord is onjuist.');
  await waitFor(() => expect(requests).toHaveLength(2));
  expect(screen.getAllByRole('alert')).toHaveLength(1);
  expect(screen.getByRole('alert')).toHaveTextContent('Het e-mailadres of wachtwoord is onjuist.');
});
