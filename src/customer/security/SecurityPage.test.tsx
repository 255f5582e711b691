/** "Beveiliging": the customer's sign-in methods, added and removed, and never in a preview. */
import { screen, waitFor, within } from '@testing-library/react';
import { apiPaths } from '../../core/api/paths';
import { db, KLANT_CONTACT_IDS } from '../../../mocks/db';
import { call } from '../../../test/kit/api';
import { readSession } from '../../core/session/session';
import { createSoftwarePasskey } from '../../../test/kit/authenticator';
import { captureDownloads, textOf } from '../../../test/kit/csvDownloads';
import { KLANT } from '../../../test/kit/people';
import { accountIdOf } from '../../../test/kit/account';
import { totpCode } from '../../../test/kit/secondFactor';
import { currentRoute, loginAs, renderApp } from '../../../test/kit/render';

type User = ReturnType<typeof renderApp>['user'];

const downloads = captureDownloads();

// A preview's session lives in the tab's sessionStorage.
afterEach(() => sessionStorage.clear());

async function typeCode(user: User, code: string) {
  const field = screen.getByRole('textbox', { name: /^Code uit de app/ });
  await user.clear(field);
  await user.click(field);
  await user.paste(code);
  return field;
}

/** A code of the app that is not the current one (ten minutes ahead: outside the allowed drift). */
const wrongCode = (secret: string) => totpCode(20, secret);

test('adds an authenticator app: a wrong code is said at the field and kept, the right one adds it with ten recovery codes shown once', async () => {
  await loginAs(KLANT);
  const { user } = renderApp('/portal');
  await user.click(await screen.findByRole('link', { name: 'Beveiliging' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Beveiliging' })).toBeInTheDocument();
  expect(currentRoute()).toBe('/portal/security');
  expect(screen.getByRole('link', { name: 'Wachtwoord wijzigen' })).toHaveAttribute('href', '#/portal/password');

  await user.click(screen.getByRole('button', { name: 'App toevoegen' }));
  const dialog = await screen.findByRole('dialog', { name: 'App toevoegen' });
  expect(await within(dialog).findByRole('img', { name: 'QR-code die Hub Portal aan uw authenticator-app toevoegt' })).toHaveAttribute('src', expect.stringMatching(/^data:image\/svg\+xml;base64,/));
  const shownKey = within(dialog).getByLabelText('Sleutel voor uw authenticator-app').textContent!;
  expect(shownKey).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
  const secret = shownKey.replace(/ /g, '');
  expect(screen.getByRole('textbox', { name: /^Code uit de app/ })).toHaveAttribute('autocomplete', 'one-time-code');

  const wrong = wrongCode(secret);
  const field = await typeCode(user, wrong);
  await user.click(within(dialog).getByRole('button', { name: 'App toevoegen' }));
  expect(await within(dialog).findByText('Deze code klopt niet. Controleer de tijd op uw telefoon en vul de huidige code in.')).toBeInTheDocument();
  expect(field).toHaveValue(wrong);
  expect(field).toHaveAttribute('aria-invalid', 'true');
  expect([...db.tables.secondFactors.values()].filter((row) => row.totp)).toEqual([]);

  await typeCode(user, `${totpCode(0, secret).slice(0, 3)} ${totpCode(0, secret).slice(3)}`);
  await user.click(within(dialog).getByRole('button', { name: 'App toevoegen' }));
  const codesDialog = await screen.findByRole('dialog', { name: 'Herstelcodes' });
  const codes = within(within(codesDialog).getByRole('list', { name: 'Uw herstelcodes' })).getAllByRole('listitem').map((item) => item.textContent!);
  expect(codes).toHaveLength(10);
  for (const code of codes) expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{2}$/);

  await user.click(within(codesDialog).getByRole('button', { name: 'Downloaden als .txt' }));
  expect(downloads).toHaveLength(1);
  const file = await textOf(downloads[0]);
  for (const code of codes) expect(file).toContain(code);

  await user.click(within(codesDialog).getByRole('button', { name: 'Klaar' }));
  expect(within(codesDialog).getByText('Bevestig dat u uw herstelcodes hebt bewaard.')).toBeInTheDocument();
  await user.click(within(codesDialog).getByRole('checkbox', { name: 'Ik heb mijn herstelcodes bewaard' }));
  await user.click(within(codesDialog).getByRole('button', { name: 'Klaar' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(screen.getByRole('status')).toHaveTextContent('De authenticator-app is toegevoegd.');
  // The button that opened the setup is gone with its dialog: focus goes to what was done.
  expect(screen.getByRole('status')).toHaveFocus();
  expect(await screen.findByText(/^Nog 10 van de 10 codes ongebruikt/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'App verwijderen' })).toBeInTheDocument();
  // Shown once: the page never has them again.
  expect(document.body).not.toHaveTextContent(codes[0]);
}, 40_000); // a whole journey: slow on a busy machine

test('an app whose first code never comes leaves no factor behind', async () => {
  await loginAs(KLANT);
  const { user } = renderApp('/portal/security');
  await user.click(await screen.findByRole('button', { name: 'App toevoegen' }));
  const dialog = await screen.findByRole('dialog', { name: 'App toevoegen' });
  await within(dialog).findByLabelText('Sleutel voor uw authenticator-app');
  await user.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(screen.getByRole('button', { name: 'App toevoegen' })).toBeInTheDocument();
  expect([...db.tables.secondFactors.values()].filter((row) => row.totp)).toEqual([]);
});

test('removes a passkey after a confirmation that names it', async () => {
  await loginAs(KLANT);
  const token = readSession()!.token;
  const options = (await call('post', apiPaths.passkeyRegistrationOptions, apiPaths.passkeyRegistrationOptions, { token })).body.data.options;
  const credential = await (await createSoftwarePasskey()).register(options, 'http://localhost:3000');
  expect((await call('post', apiPaths.passkeys, apiPaths.passkeys, { token, body: { name: 'Telefoon van Sophie', credential } })).status).toBe(201);

  const { user } = renderApp('/portal/security');
  const passkeys = await screen.findByRole('region', { name: 'Passkeys' });
  expect(within(passkeys).getByText('Telefoon van Sophie')).toBeInTheDocument();
  expect(within(passkeys).getByText(/Nog niet gebruikt/)).toBeInTheDocument();
  await user.click(within(passkeys).getByRole('button', { name: 'Passkey Telefoon van Sophie verwijderen' }));
  const dialog = await screen.findByRole('dialog', { name: 'Passkey ‘Telefoon van Sophie’ verwijderen?' });
  expect(dialog).toHaveTextContent('Dit is uw laatste tweede factor: uw herstelcodes vervallen dan ook.');
  await user.click(within(dialog).getByRole('button', { name: 'Verwijderen' }));
  expect(await screen.findByText('Passkey ‘Telefoon van Sophie’ is verwijderd.')).toBeInTheDocument();
  expect(await within(passkeys).findByText('U hebt nog geen passkeys.')).toBeInTheDocument();
  expect([...db.tables.secondFactors.values()].flatMap((row) => row.passkeys)).toEqual([]);
});

async function addPasskey(name: string) {
  const token = readSession()!.token;
  const options = (await call('post', apiPaths.passkeyRegistrationOptions, apiPaths.passkeyRegistrationOptions, { token })).body.data.options;
  const credential = await (await createSoftwarePasskey()).register(options, 'http://localhost:3000');
  expect((await call('post', apiPaths.passkeys, apiPaths.passkeys, { token, body: { name, credential } })).status).toBe(201);
}

const passkeyNames = () => [...db.tables.secondFactors.values()].flatMap((row) => row.passkeys.map((p) => p.name));

async function openRename(user: User, name: string) {
  const passkeys = await screen.findByRole('region', { name: 'Passkeys' });
  await user.click(await within(passkeys).findByRole('button', { name: `Naam van passkey ${name} wijzigen` }));
  const dialog = await screen.findByRole('dialog', { name: `Naam van passkey ‘${name}’ wijzigen` });
  return { passkeys, dialog, field: within(dialog).getByRole('textbox', { name: /^Nieuwe naam/ }) as HTMLInputElement };
}

test('renames a passkey: the current name is there and selected, Enter saves, it is said, and focus is back on its button', async () => {
  await loginAs(KLANT);
  await addPasskey('Telefoon van Sophie');
  const { user } = renderApp('/portal/security');
  const { passkeys, field } = await openRename(user, 'Telefoon van Sophie');
  expect(field).toHaveValue('Telefoon van Sophie');
  expect(field).toHaveFocus();
  expect([field.selectionStart, field.selectionEnd]).toEqual([0, 'Telefoon van Sophie'.length]);
  await user.keyboard('Werktelefoon{Enter}');
  expect(await screen.findByRole('status')).toHaveTextContent('Passkey ‘Telefoon van Sophie’ heet nu ‘Werktelefoon’.');
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(await within(passkeys).findByText('Werktelefoon')).toBeInTheDocument();
  expect(within(passkeys).getByRole('button', { name: 'Naam van passkey Werktelefoon wijzigen' })).toHaveFocus();
  expect(passkeyNames()).toEqual(['Werktelefoon']);
});

test('a blank or too long name is refused with the API\'s reason, and what was typed stays', async () => {
  await loginAs(KLANT);
  await addPasskey('Laptop');
  const { user } = renderApp('/portal/security');
  const { dialog, field } = await openRename(user, 'Laptop');
  await user.clear(field);
  await user.type(field, '   {Enter}');
  expect(await within(dialog).findByText('Verplicht')).toBeInTheDocument();
  expect(field).toHaveValue('   ');
  expect(field).toHaveAttribute('aria-invalid', 'true');
  await user.clear(field);
  await user.type(field, `${'x'.repeat(61)}{Enter}`);
  expect(await within(dialog).findByText('Te lang: maximaal 60 tekens.')).toBeInTheDocument();
  expect(field).toHaveValue('x'.repeat(61));
  expect(passkeyNames()).toEqual(['Laptop']);
});

test('Escape or Annuleren changes nothing; opened again, the field has the current name', async () => {
  await loginAs(KLANT);
  await addPasskey('Laptop');
  const { user } = renderApp('/portal/security');
  const first = await openRename(user, 'Laptop');
  await user.keyboard('Iets anders{Escape}');
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  const again = await openRename(user, 'Laptop');
  expect(again.field).toHaveValue('Laptop');
  await user.type(again.field, ' nieuw');
  await user.click(within(again.dialog).getByRole('button', { name: 'Annuleren' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(within(first.passkeys).getByText('Laptop')).toBeInTheDocument();
  expect(screen.queryByText(/heet nu/)).toBeNull();
  expect(passkeyNames()).toEqual(['Laptop']);
});

test("a closed passkey prompt is no failure: it says so calmly, and the name stays", async () => {
  const create = vi.fn().mockRejectedValue(new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError'));
  vi.stubGlobal('PublicKeyCredential', function PublicKeyCredential() {});
  Object.defineProperty(navigator, 'credentials', { value: { create }, configurable: true });
  onTestFinished(() => {
    vi.unstubAllGlobals();
    Reflect.deleteProperty(navigator, 'credentials');
  });
  await loginAs(KLANT);
  const { user } = renderApp('/portal/security');
  await user.click(await screen.findByRole('button', { name: 'Passkey toevoegen' }));
  const dialog = await screen.findByRole('dialog', { name: 'Passkey toevoegen' });
  await user.click(within(dialog).getByRole('button', { name: 'Passkey maken' }));
  expect(within(dialog).getByText('Geef de passkey een naam.')).toBeInTheDocument();
  await user.type(within(dialog).getByRole('textbox', { name: /^Naam van de passkey/ }), 'Laptop');
  await user.click(within(dialog).getByRole('button', { name: 'Passkey maken' }));
  expect(await within(dialog).findByText(/^Er is geen passkey gemaakt: de vraag van uw browser werd gesloten/)).toBeInTheDocument();
  expect(create).toHaveBeenCalledOnce();
  expect(within(dialog).getByRole('textbox', { name: /^Naam van de passkey/ })).toHaveValue('Laptop');
  expect(within(dialog).queryByRole('alert')).toBeNull();
});

test('a "Bekijk als klant" preview has no link to it, and its address is refused', async () => {
  await loginAs('beheerder@hub.example');
  const { user, unmount } = renderApp(`/preview/${accountIdOf(KLANT_CONTACT_IDS[0])}?contact=${KLANT_CONTACT_IDS[0]}`);
  await user.click(await screen.findByRole('button', { name: /^Portaal van .+ openen$/ }));
  expect(await screen.findByRole('region', { name: 'Bekijk als klant' })).toBeInTheDocument();
  expect(await screen.findByRole('heading', { level: 1, name: 'Mijn account' })).toBeInTheDocument();
  expect(screen.queryByRole('link', { name: 'Beveiliging' })).toBeNull();
  unmount();

  renderApp('/portal/security');
  expect(await screen.findByRole('heading', { level: 1, name: 'Mijn account' })).toBeInTheDocument();
  expect(currentRoute()).toBe('/portal');
  expect(screen.queryByRole('heading', { name: 'Beveiliging' })).toBeNull();
});
