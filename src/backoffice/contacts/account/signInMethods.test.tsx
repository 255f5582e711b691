/**
 * The account panel's sign-in methods and "Tweede factor resetten", against the real mock API:
 * the customer enrols an app and a passkey through the API first, as in the portal.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { apiPaths, withParams } from '../../../core/api/paths';
import { config, db } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import { accountIdOf, accountPanel, openContact, timeline } from '../../../../test/kit/account';
import { call, tokenFor } from '../../../../test/kit/api';
import { createSoftwarePasskey } from '../../../../test/kit/authenticator';
import { EVA, SOPHIE, THOMAS } from '../../../../test/kit/people';
import { apiUrl } from '../../../../test/kit/requests';
import { totpCode } from '../../../../test/kit/secondFactor';
import { loginAs, meanwhile, renderApp } from '../../../../test/kit/render';

vi.setConfig({ testTimeout: 45_000 });

const RESET = { name: 'Tweede factor resetten' };

/** Thomas adds an authenticator app (with its recovery codes) and a passkey he has used once; `token` is his session. */
async function thomasEnrols() {
  const { token, secret, recoveryCodes } = await addsApp(THOMAS.email);
  const post = (path: string, body?: unknown) => call('post', path, path, { token, body });
  const origin = new URL(config.portalUrl).origin;
  const passkey = await createSoftwarePasskey();
  const creation = (await post(apiPaths.passkeyRegistrationOptions)).body.data.options;
  await post(apiPaths.passkeys, { name: 'Werklaptop', credential: await passkey.register(creation, origin) });
  const request = (await call('post', apiPaths.passkeyLoginOptions, apiPaths.passkeyLoginOptions, { body: {} })).body.data.options;
  const used = await call('post', apiPaths.passkeyLogin, apiPaths.passkeyLogin, { body: { credential: await passkey.assert(request, origin) } });
  if (used.status !== 200) throw new Error(`passkey login: ${used.status}`);
  return { token, secret, recoveryCodes, passkey };
}

/** A customer adds an authenticator app, as in the portal. */
async function addsApp(username: string) {
  const token = await tokenFor(username);
  const post = (path: string, body?: unknown) => call('post', path, path, { token, body });
  const { secret } = (await post(apiPaths.totpEnrolment)).body.data;
  const confirmed = await post(apiPaths.totpEnrolmentConfirm, { code: totpCode(0, secret) });
  if (confirmed.status !== 200) throw new Error(`app not confirmed: ${confirmed.status}`);
  return { token, secret: secret as string, recoveryCodes: confirmed.body.data.recoveryCodes as string[] };
}

/** The panel's sign-in methods; `hidden` finds them behind an open (modal) dialog too. */
const methods = (name = 'Inlogmethoden', hidden = false) => screen.findByRole('region', { name, hidden }, { timeout: 10_000 });

/** The sign-in methods as term → description, as shown now. */
function termsOf(region: HTMLElement): Record<string, string> {
  return Object.fromEntries([...region.querySelectorAll('dt')].map((term) => [term.textContent, term.nextElementSibling?.textContent ?? '']));
}

/** The sign-in methods once loaded. */
async function methodsShown(): Promise<Record<string, string>> {
  const region = await methods();
  await waitFor(() => expect(region.querySelector('dl')).not.toBeNull());
  return termsOf(region);
}

it('shows the app, the passkeys with their names and last use, and the recovery codes left: never a secret', async () => {
  const { secret, recoveryCodes, passkey } = await thomasEnrols();
  await openContact(THOMAS.contactId);

  const shown = await methodsShown();
  expect(shown).toEqual({
    Wachtwoord: 'Eigen wachtwoord',
    'Authenticator-app': expect.stringMatching(/^Ja, toegevoegd op \d{1,2} \w+ \d{4} om \d{2}:\d{2}$/),
    Passkeys: expect.stringMatching(/^Werklaptop · laatst gebruikt op \d{1,2} \w+ \d{4} om \d{2}:\d{2}$/),
    Herstelcodes: '10 van 10 over',
    // The session he enrolled in and the one his passkey opened.
    'Open sessies': '2 sessies',
  });
  const row = db.tables.secondFactors.get(accountIdOf(THOMAS.contactId))!;
  const page = document.body.innerHTML;
  for (const hidden of [secret, row.totp!.secret, passkey.credentialId, row.passkeys[0].publicKey, ...recoveryCodes, ...row.recoveryCodes!.hashes]) {
    expect(page).not.toContain(hidden);
  }
});

it('says what an account without a second factor has, and offers no reset', async () => {
  await openContact(EVA.contactId);
  expect(await methodsShown()).toEqual({
    Wachtwoord: 'Alleen een tijdelijk wachtwoord',
    'Authenticator-app': 'Nee',
    Passkeys: 'Geen',
    Herstelcodes: 'Geen',
    'Open sessies': 'Geen',
  });
  expect(within(accountPanel()).queryByRole('button', RESET)).not.toBeInTheDocument();
});

it.each(['beheerder@hub.example', 'relatiebeheerder@hub.example'])('offers the reset to %s', async (staff) => {
  await thomasEnrols();
  await openContact(THOMAS.contactId, staff);
  expect(await within(await methods()).findByRole('button', RESET)).toBeInTheDocument();
});

it('shows a Medewerker neither the sign-in methods nor the reset', async () => {
  await thomasEnrols();
  await openContact(THOMAS.contactId, 'medewerker@hub.example');
  expect(await within(accountPanel()).findByText(THOMAS.email)).toBeInTheDocument();
  expect(within(accountPanel()).queryByRole('region', { name: 'Inlogmethoden' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', RESET)).not.toBeInTheDocument();
});

it('resets after a confirmation naming the customer: the panel, the timeline and the customer\'s sessions follow', async () => {
  const { token: customerSession } = await thomasEnrols();
  const { user } = await openContact(THOMAS.contactId);
  await user.click(await within(await methods()).findByRole('button', RESET));

  const dialog = await screen.findByRole('dialog');
  expect(dialog).toHaveAccessibleName(`Tweede factor van ${THOMAS.name} resetten?`);
  expect(dialog).toHaveAccessibleDescription(/alle sessies van de klant eindigen direct.*Bij de volgende login .* stelt opnieuw een tweede factor in/);
  await user.click(within(dialog).getByRole('button', { name: 'Resetten' }));

  expect(await screen.findByText(`Tweede factor van ${THOMAS.name} gereset`)).toBeInTheDocument();
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  // The reset ended his sessions too.
  expect(await methodsShown()).toEqual({ Wachtwoord: 'Eigen wachtwoord', 'Authenticator-app': 'Nee', Passkeys: 'Geen', Herstelcodes: 'Geen', 'Open sessies': 'Geen' });
  expect(within(accountPanel()).queryByRole('button', RESET)).not.toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'Inlogmethoden' })).toHaveFocus();
  const [newest] = await within(await timeline()).findAllByRole('listitem');
  expect(newest).toHaveTextContent(/^Tweede factor gereset.*door Marloes van Dijk$/);
  expect(await meanwhile(() => call('get', apiPaths.accountMine, apiPaths.accountMine, { token: customerSession }).then((r) => r.status))).toBe(401);
});

it('tells that the reset of a shared customer reaches the other organisation too', async () => {
  await addsApp(SOPHIE.email);
  const { user } = await openContact(SOPHIE.contactId);
  await user.click(await within(await methods()).findByRole('button', RESET));
  const dialog = await screen.findByRole('dialog', { name: `Tweede factor van ${SOPHIE.name} resetten?` });
  expect(dialog).toHaveAccessibleDescription(/ook een dossier bij een andere organisatie: de reset geldt voor het hele account/);
});

it('resets nothing when cancelled', async () => {
  await thomasEnrols();
  const { user } = await openContact(THOMAS.contactId);
  await user.click(await within(await methods()).findByRole('button', RESET));
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Annuleren' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(db.tables.secondFactors.get(accountIdOf(THOMAS.contactId))!.totp).not.toBeNull();
  expect(within(accountPanel()).getByRole('button', RESET)).toHaveFocus();
});

it('a colleague was quicker (no_second_factor): the dialog says so, offers only Close, and the panel refreshes', async () => {
  await thomasEnrols();
  const accountId = accountIdOf(THOMAS.contactId);
  const { user } = await openContact(THOMAS.contactId);
  await user.click(await within(await methods()).findByRole('button', RESET));
  const dialog = await screen.findByRole('dialog');
  await meanwhile(async () => {
    const path = withParams(apiPaths.accountSecondFactorReset, { id: accountId });
    const { status } = await call('post', apiPaths.accountSecondFactorReset, path, { token: await tokenFor('relatiebeheerder@hub.example') });
    if (status !== 200) throw new Error(`colleague's reset: ${status}`);
  });
  await user.click(within(dialog).getByRole('button', { name: 'Resetten' }));

  expect(await within(dialog).findByRole('alert')).toHaveTextContent('Dit account heeft geen tweede factor (meer).');
  expect(within(dialog).queryByRole('button', { name: 'Resetten' })).not.toBeInTheDocument();
  const behindDialog = await methods('Inlogmethoden', true);
  await waitFor(() => expect(termsOf(behindDialog)['Authenticator-app']).toBe('Nee'));
  await user.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(screen.getByRole('heading', { name: 'Inlogmethoden' })).toHaveFocus();
});

it('says plainly when the user may not reset (403), in English too, and resets nothing', async () => {
  await thomasEnrols();
  const accountId = accountIdOf(THOMAS.contactId);
  server.use(
    http.post(apiUrl(withParams(apiPaths.accountSecondFactorReset, { id: accountId })), () =>
      HttpResponse.json({ error: { code: 'forbidden', message: 'Forbidden.' } }, { status: 403 }),
    ),
  );
  const { user } = await openContact(THOMAS.contactId, 'beheerder@hub.example', 'en');
  await user.click(await within(await methods('Sign-in methods')).findByRole('button', { name: 'Reset second factor' }));
  const dialog = await screen.findByRole('dialog', { name: `Reset the second factor of ${THOMAS.name}?` });
  await user.click(within(dialog).getByRole('button', { name: 'Reset' }));
  expect(await within(dialog).findByRole('alert')).toHaveTextContent('You may not manage customer accounts.');
  expect(db.tables.secondFactors.get(accountId)!.totp).not.toBeNull();
});

it('the timeline and the audit list name the new events in words, and who reset', async () => {
  await thomasEnrols();
  const accountId = accountIdOf(THOMAS.contactId);
  const reset = await call('post', apiPaths.accountSecondFactorReset, withParams(apiPaths.accountSecondFactorReset, { id: accountId }), {
    token: await tokenFor('relatiebeheerder@hub.example'),
  });
  expect(reset.status).toBe(200);
  await openContact(THOMAS.contactId);
  const [newest, ...earlier] = (await within(await timeline()).findAllByRole('listitem')).slice(0, 4).map((item) => item.textContent);
  expect(newest).toMatch(/^Tweede factor gereset.*door Ruud Visser$/);
  // Made in the same moment, so in no fixed order.
  expect(earlier).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^Passkey toegevoegd.*door Thomas van Leeuwen$/),
      expect.stringMatching(/^Herstelcodes gemaakt.*door Thomas van Leeuwen$/),
      expect.stringMatching(/^Authenticator-app toegevoegd.*door Thomas van Leeuwen$/),
    ]),
  );

  await loginAs('beheerder@hub.example');
  renderApp('/audit', { locale: 'en' });
  const table = await screen.findByRole('table', {}, { timeout: 10_000 });
  await waitFor(() => expect(table.querySelector('tbody tr')?.textContent).toMatch(/^.*Second factor reset.*Ruud Visser$/));
});

it('follows the other actions too: after a new temporary password only that is left', async () => {
  const { user } = await openContact(THOMAS.contactId);
  expect((await methodsShown()).Wachtwoord).toBe('Eigen wachtwoord');
  await user.click(within(accountPanel()).getByRole('button', { name: 'Nieuw tijdelijk wachtwoord' }));
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Nieuw wachtwoord maken' }));
  const region = await methods('Inlogmethoden', true);
  await waitFor(() => expect(termsOf(region).Wachtwoord).toBe('Alleen een tijdelijk wachtwoord'));
});
