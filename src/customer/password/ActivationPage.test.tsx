/**
 * The welcome mail's activation link: checked first (used, expired, revoked, invalid each say so
 * and what to do next), then a first password, the passkey offer, and Mijn contracten.
 */
import { screen, within } from '@testing-library/react';
import { advanceClock, db, nowIso } from '../../../mocks/db';
import { SEEDED_TOTP_SECRET } from '../../../mocks/db/seedCredentials';
import { call, login, tokenFor } from '../../../test/kit/api';
import { JAN } from '../../../test/kit/people';
import { currentRoute, renderApp } from '../../../test/kit/render';
import { apiPaths } from '../../core/api/paths';
import { readSession } from '../../core/session/session';

const NEW_PASSWORD = 'Herfst-in-het-bos-2026';
const DAY = 24 * 3_600_000;

/** The token of the newest mail to `to` that carries an activation link. */
function linkTokenFor(to: string): string {
  const mail = [...db.tables.mails.values()].filter((m) => m.to === to && /#\/activate\?token=/.test(m.text)).at(-1)!;
  return /#\/activate\?token=([\w-]+)/.exec(mail.text)![1];
}

/** "Account toevoegen" for Jan, as the Beheerder: the welcome mail carries his link. */
async function createJan() {
  const { status, body } = await call('post', apiPaths.accounts, apiPaths.accounts, {
    token: await tokenFor('beheerder@hub.example'),
    body: { contactId: JAN.contactId, email: JAN.email },
  });
  expect(status).toBe(201);
  return { id: body.id as number, link: linkTokenFor(JAN.email) };
}

type User = ReturnType<typeof renderApp>['user'];

async function typePasswords(user: User, next: string, repeat = next) {
  const field = await screen.findByLabelText(/^Nieuw wachtwoord/, { selector: 'input' });
  await user.clear(field);
  await user.type(field, next);
  const again = screen.getByLabelText(/^Herhaal nieuw wachtwoord/, { selector: 'input' });
  await user.clear(again);
  await user.type(again, repeat);
  return field;
}

test('a fresh link: the username shown, the rule as typed, then the passkey offer, "Later", and Mijn contracten', async () => {
  vi.stubGlobal('PublicKeyCredential', function PublicKeyCredential() {});
  onTestFinished(() => {
    vi.unstubAllGlobals();
  });
  const { link } = await createJan();
  const { user } = renderApp(`/activate?token=${link}`);
  expect(await screen.findByRole('heading', { level: 1, name: 'Account activeren' })).toBeInTheDocument();
  expect(await screen.findByRole('textbox', { name: 'Uw gebruikersnaam' })).toHaveValue(JAN.email);

  await typePasswords(user, 'kort', 'kort');
  expect(screen.getByText(/^is 10 tot 128 tekens lang \(nog niet voldaan\)$/)).toBeInTheDocument();
  const field = await typePasswords(user, NEW_PASSWORD);
  expect(screen.getByText(/^is 10 tot 128 tekens lang \(voldaan\)$/)).toBeInTheDocument();
  expect(field).toHaveAttribute('autocomplete', 'new-password');
  await user.click(screen.getByRole('button', { name: 'Account activeren' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen met een passkey?' })).toBeInTheDocument();
  expect(readSession()?.user.name).toBe('Jan de Vries');
  await user.click(screen.getByRole('button', { name: 'Later' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Mijn contracten' })).toBeInTheDocument();
  expect(currentRoute()).toBe('/portal/contracts');
  expect((await login(JAN.email, NEW_PASSWORD)).status).toBe(200);
}, 40_000); // a whole journey: slow on a busy machine

test('a browser without passkeys goes straight on to Mijn contracten', async () => {
  const { link } = await createJan();
  const { user } = renderApp(`/activate?token=${link}`);
  await typePasswords(user, NEW_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Account activeren' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Mijn contracten' })).toBeInTheDocument();
});

test('an account with a second factor: the password is set, and the login asks for the rest', async () => {
  const { id, link } = await createJan();
  db.put('secondFactors', {
    accountId: id, totp: { secret: SEEDED_TOTP_SECRET, addedAt: nowIso(), lastUsedAt: null, lastUsedStep: null },
    pendingTotp: null, passkeys: [], webauthnUserId: 'jan-webauthn-handle', recoveryCodes: null,
  });
  const { user } = renderApp(`/activate?token=${link}`);
  await typePasswords(user, NEW_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Account activeren' }));
  expect(await screen.findByText('Uw wachtwoord is ingesteld. Log in met uw nieuwe wachtwoord.')).toBeInTheDocument();
  expect(currentRoute()).toBe('/login');
  expect(readSession()).toBeNull();
  expect((await login(JAN.email, NEW_PASSWORD)).status).toBe(202);
});

test('a password the rule refuses is said at the field, and what was typed stays', async () => {
  const { link } = await createJan();
  const { user } = renderApp(`/activate?token=${link}`);
  const field = await typePasswords(user, 'wachtwoord123');
  await user.click(screen.getByRole('button', { name: 'Account activeren' }));
  expect(await screen.findByText(/^Dit wachtwoord wordt veel gebruikt/)).toBeInTheDocument();
  expect(field).toHaveValue('wachtwoord123');
  expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(currentRoute()).toBe('/activate');
});

test('a used link says the account is active, with log in and "Wachtwoord vergeten?"', async () => {
  const { link } = await createJan();
  expect((await call('post', apiPaths.activation, apiPaths.activation, { body: { token: link, newPassword: NEW_PASSWORD } })).status).toBe(200);
  renderApp(`/activate?token=${link}`);
  expect(await screen.findByText(/^Deze activeringslink is al gebruikt/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Wachtwoord vergeten?' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Naar inloggen' })).toHaveAttribute('href', '#/login');
  expect(screen.queryByLabelText(/^Nieuw wachtwoord/)).not.toBeInTheDocument();
});

test('an expired link says to ask the organisation for a new one', async () => {
  const { link } = await createJan();
  advanceClock(8 * DAY);
  renderApp(`/activate?token=${link}`);
  expect(await screen.findByText('Deze activeringslink is verlopen: een link is 7 dagen geldig. Vraag uw organisatie om een nieuwe link.')).toBeInTheDocument();
});

test('a link replaced by a newer one says so', async () => {
  const { id, link } = await createJan();
  const resend = await call('post', apiPaths.accountActivationMail, `/account/accounts/${id}/activation-mail`, { token: await tokenFor('beheerder@hub.example') });
  expect(resend.status).toBe(200);
  renderApp(`/activate?token=${link}`);
  expect(await screen.findByText(/^Deze activeringslink werkt niet meer: er is een nieuwere link verstuurd/)).toBeInTheDocument();
});

test('an unknown or missing token says the link is not valid', async () => {
  const { unmount } = renderApp('/activate?token=niet-echt');
  expect(await screen.findByText('Deze activeringslink is niet geldig. Vraag uw organisatie om een nieuwe link.')).toBeInTheDocument();
  unmount();
  renderApp('/activate');
  expect(await screen.findByText(/^Deze link is niet volledig/)).toBeInTheDocument();
});

test('a link used up in another tab while this one types: it says so, not a vague failure', async () => {
  const { link } = await createJan();
  const { user } = renderApp(`/activate?token=${link}`);
  await typePasswords(user, NEW_PASSWORD);
  expect((await call('post', apiPaths.activation, apiPaths.activation, { body: { token: link, newPassword: 'Een ander wachtwoord 1' } })).status).toBe(200);
  await user.click(screen.getByRole('button', { name: 'Account activeren' }));
  expect(await screen.findByText(/^Deze activeringslink is al gebruikt/)).toBeInTheDocument();
  expect(readSession()).toBeNull();
});

test('in English', async () => {
  const { link } = await createJan();
  renderApp(`/activate?token=${link}`, { locale: 'en' });
  expect(await screen.findByRole('heading', { level: 1, name: 'Activate your account' })).toBeInTheDocument();
  const form = (await screen.findByRole('textbox', { name: 'Your username' })).closest('form')!;
  expect(within(form).getByRole('button', { name: 'Activate account' })).toBeInTheDocument();
});
