/** After the forced first password change a customer is offered a passkey, and may say "Later". */
import { screen } from '@testing-library/react';
import { SEEDED_TEMPORARY_PASSWORD } from '../../../mocks/db';
import { EVA } from '../../../test/kit/people';
import { currentRoute, loginAs, renderApp } from '../../../test/kit/render';

async function changeTemporaryPassword() {
  await loginAs(EVA.email, SEEDED_TEMPORARY_PASSWORD);
  const { user } = renderApp('/portal/change-password');
  await user.type(await screen.findByLabelText(/^Nieuw wachtwoord/, { selector: 'input' }), 'Herfst-in-het-bos-2026');
  await user.type(screen.getByLabelText(/^Herhaal nieuw wachtwoord/, { selector: 'input' }), 'Herfst-in-het-bos-2026');
  await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
  return user;
}

test('a browser with passkeys gets the offer after the new password, and "Later" goes on to Mijn account', async () => {
  vi.stubGlobal('PublicKeyCredential', function PublicKeyCredential() {});
  onTestFinished(() => {
    vi.unstubAllGlobals();
  });
  const user = await changeTemporaryPassword();
  expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen met een passkey?' })).toBeInTheDocument();
  expect(currentRoute()).toBe('/portal/security/passkey');
  expect(screen.getByRole('status')).toHaveTextContent('Uw nieuwe wachtwoord is opgeslagen.');
  await user.click(screen.getByRole('button', { name: 'Later' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Mijn account' })).toBeInTheDocument();
  expect(currentRoute()).toBe('/portal');
  expect(screen.getByRole('status')).toHaveTextContent('Uw nieuwe wachtwoord is opgeslagen.');
}, 40_000); // a whole journey: slow on a busy machine

test('a browser without passkeys goes straight on to Mijn account', async () => {
  await changeTemporaryPassword();
  expect(await screen.findByRole('heading', { level: 1, name: 'Mijn account' })).toBeInTheDocument();
  expect(currentRoute()).toBe('/portal');
});
