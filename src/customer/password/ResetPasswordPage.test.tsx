/**
 * The reset link from the mail: a new password that follows the policy (shown live), then the
 * login page says it worked and the new password logs in. A missing, unknown, used or expired
 * link says which, and offers to ask for a new one.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { advanceClock, config, db } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { apiPaths } from '../../core/api/paths';
import { authProvider } from '../../core/session/authProvider';
import { KLANT } from '../../../test/kit/people';
import { currentRoute, meanwhile, renderApp } from '../../../test/kit/render';

const NEW_PASSWORD = 'Herfst-in-het-bos-2026';
const HOUR = 60 * 60_000;

type User = ReturnType<typeof renderApp>['user'];

/** Asks for a reset link as the customer would, and returns the token from the mail's link. */
async function resetTokenFor(username: string): Promise<string> {
  // Past the 5 minutes in which a second request mails nothing.
  advanceClock(config.resetMailIntervalMs);
  await authProvider.forgotPassword(username);
  const mail = [...db.tables.mails.values()].filter((m) => m.to === username).at(-1)!;
  return /#\/reset-password\?token=([\w-]+)/.exec(mail.html)![1];
}

async function fill(user: User, label: RegExp, text: string) {
  await user.click(await screen.findByLabelText(label));
  await user.paste(text);
}

async function setPassword(user: User, password = NEW_PASSWORD, repeat = password) {
  await fill(user, /^Nieuw wachtwoord/, password);
  await fill(user, /^Herhaal nieuw wachtwoord/, repeat);
  await user.click(screen.getByRole('button', { name: 'Wachtwoord instellen' }));
}

it('sets the new password, says so on the login page, and the new password logs in', async () => {
  const token = await resetTokenFor(KLANT);
  const { user } = renderApp(`/reset-password?token=${token}`);
  expect(await screen.findByRole('heading', { level: 1, name: 'Nieuw wachtwoord instellen' })).toBeInTheDocument();
  await setPassword(user);

  expect(await screen.findByRole('status')).toHaveTextContent('Uw wachtwoord is ingesteld. Log in met uw nieuwe wachtwoord.');
  expect(currentRoute()).toBe('/login');
  await fill(user, /E-mailadres/, KLANT);
  await user.type(screen.getByLabelText(/^Wachtwoord/, { selector: 'input' }), NEW_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
  await waitFor(() => expect(currentRoute()).toBe('/portal'));
  await expect(meanwhile(() => authProvider.login({ username: KLANT, password: 'demo' }))).rejects.toMatchObject({ status: 401 });
});

it('shows the policy live, without the temporary-password rule, and sends nothing while a rule is unmet', async () => {
  const sent: string[] = [];
  server.events.on('request:start', ({ request }) => void sent.push(new URL(request.url).pathname));
  const { user } = renderApp(`/reset-password?token=${await resetTokenFor(KLANT)}`);
  const next = await screen.findByLabelText(/^Nieuw wachtwoord/);
  const policy = within(screen.getByText('Uw nieuwe wachtwoord').parentElement!);
  expect(next).toHaveAttribute('aria-describedby', 'password-policy');
  expect(policy.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
    'is 10 tot 128 tekens lang (nog niet voldaan)',
    'is in beide velden gelijk (nog niet voldaan)',
  ]);
  await setPassword(user, 'kort-1', 'kort-1');
  expect(policy.getByText(/10 tot 128 tekens/)).toHaveTextContent('(nog niet voldaan)');
  expect(policy.getByText(/in beide velden gelijk/)).toHaveTextContent('(voldaan)');
  expect(await screen.findByRole('alert')).toHaveTextContent('Uw nieuwe wachtwoord voldoet nog niet aan alle eisen.');
  server.events.removeAllListeners();
  expect(sent).not.toContain(`/api${apiPaths.resetPassword}`);
});

it('shows the API’s refusal of the password at the field, and the link keeps working', async () => {
  const first = await resetTokenFor(KLANT);
  await authProvider.resetPassword(first, NEW_PASSWORD);
  const { user } = renderApp(`/reset-password?token=${await resetTokenFor(KLANT)}`);
  await setPassword(user);
  const next = await screen.findByLabelText(/^Nieuw wachtwoord/);
  await waitFor(() => expect(next).toHaveAttribute('aria-invalid', 'true'));
  expect(next).toHaveAccessibleDescription(expect.stringContaining('Dit wachtwoord kan niet worden gebruikt. Kies een ander wachtwoord dan uw huidige.'));
  await user.clear(next);
  await user.clear(screen.getByLabelText(/^Herhaal nieuw wachtwoord/));
  await setPassword(user, 'Nog-een-ander-wachtwoord');
  expect(await screen.findByText('Uw wachtwoord is ingesteld. Log in met uw nieuwe wachtwoord.')).toBeInTheDocument();
});

describe('a link that cannot be used', () => {
  it('says a used link was used as the page opens, before anything is typed, and offers a new link', async () => {
    const token = await resetTokenFor(KLANT);
    await authProvider.resetPassword(token, NEW_PASSWORD);
    const { user } = renderApp(`/reset-password?token=${token}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze link is al gebruikt: een link werkt maar één keer.');
    expect(screen.queryByLabelText(/^Nieuw wachtwoord/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Nieuwe link aanvragen' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Wachtwoord vergeten?' }));
    await user.click(dialog.getByLabelText(/E-mailadres/));
    await user.paste(KLANT);
    await user.click(dialog.getByRole('button', { name: 'Link versturen' }));
    expect(await dialog.findByRole('status')).toHaveTextContent(/^Als er een account bij dit e-mailadres hoort/);
  });

  it('says an expired link expired after 1 hour', async () => {
    const token = await resetTokenFor(KLANT);
    advanceClock(HOUR + 1000);
    renderApp(`/reset-password?token=${token}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze link is verlopen: een link is 1 uur geldig. Vraag een nieuwe link aan.');
    expect(screen.getByRole('button', { name: 'Nieuwe link aanvragen' })).toBeInTheDocument();
  });

  it('says an unknown or replaced link is not valid', async () => {
    const replaced = await resetTokenFor(KLANT);
    await resetTokenFor(KLANT);
    renderApp(`/reset-password?token=${replaced}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Deze link is niet \(meer\) geldig\./);
    expect(screen.getByRole('button', { name: 'Nieuwe link aanvragen' })).toBeInTheDocument();
  });

  it('says a link without a token is not complete, before anything is typed', async () => {
    renderApp('/reset-password');
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze link is niet volledig.');
    expect(screen.queryByLabelText(/^Nieuw wachtwoord/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar inloggen' })).toHaveAttribute('href', '#/login');
  });
});

it('is in English when English is chosen', async () => {
  renderApp(`/reset-password?token=${await resetTokenFor(KLANT)}`, { locale: 'en' });
  expect(await screen.findByRole('heading', { level: 1, name: 'Set a new password' })).toBeInTheDocument();
  expect(screen.getByLabelText(/^New password/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Set password' })).toBeInTheDocument();
});
