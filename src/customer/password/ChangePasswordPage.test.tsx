/**
 * First login with a temporary password: nothing else opens until the customer chose a password
 * that follows the policy (shown live); then Mijn account opens and the temporary one is dead.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { SEEDED_TEMPORARY_PASSWORD } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { apiPaths } from '../../core/api/paths';
import { authProvider } from '../../core/session/authProvider';
import { readSession } from '../../core/session/session';
import { KLANT } from '../../../test/kit/people';
import { currentRoute, loginAs, renderApp } from '../../../test/kit/render';

/** A seeded customer whose account waits for its first login (temporary password still valid). */
const NEW_CUSTOMER = 'eva.janssen@voorbeeld.nl';
/** A seeded customer who never used the temporary password before it expired. */
const EXPIRED_CUSTOMER = 'mila.degraaf@voorbeeld.nl';
const NEW_PASSWORD = 'Zomer-aan-zee-2026';

type User = ReturnType<typeof renderApp>['user'];

/** Fills a field in one go (typing each character is what the live-policy test does). */
async function fill(user: User, label: RegExp, text: string) {
  await user.click(await screen.findByLabelText(label));
  await user.paste(text);
}

function rule(text: RegExp) {
  return within(screen.getByText('Uw nieuwe wachtwoord').parentElement!).getByText(text);
}

it('opens the password page right after logging in with a temporary password', async () => {
  const { user } = renderApp('/login');
  await user.type(await screen.findByLabelText(/E-mailadres/), NEW_CUSTOMER);
  await user.type(screen.getByLabelText(/^Wachtwoord/, { selector: 'input' }), SEEDED_TEMPORARY_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Kies een nieuw wachtwoord' })).toBeInTheDocument();
  expect(currentRoute()).toBe('/portal/change-password');
});

it('tells a customer whose temporary password expired to ask the organisation for a new one', async () => {
  const { user } = renderApp('/login');
  await user.type(await screen.findByLabelText(/E-mailadres/), EXPIRED_CUSTOMER);
  await user.type(screen.getByLabelText(/^Wachtwoord/, { selector: 'input' }), SEEDED_TEMPORARY_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
  expect(await screen.findByRole('alert')).toHaveTextContent(/verlopen.*organisatie/);
  expect(currentRoute()).toBe('/login');
});

describe('forced password change', () => {
  beforeEach(() => loginAs(NEW_CUSTOMER, SEEDED_TEMPORARY_PASSWORD));

  it.each(['/portal', '/portal/contracts', '/portal/permissions'])('sends %s to the password page first', async (route) => {
    renderApp(route);
    expect(await screen.findByRole('heading', { level: 1, name: 'Kies een nieuw wachtwoord' })).toBeInTheDocument();
    expect(currentRoute()).toBe('/portal/change-password');
    expect(screen.queryByRole('navigation', { name: 'Portaalmenu' })).not.toBeInTheDocument();
  });

  it('asks for the new password twice and nothing else: the login a moment ago proved the temporary one', async () => {
    renderApp('/portal/change-password');
    await screen.findByLabelText(/^Nieuw wachtwoord/);
    const fields = screen.getAllByLabelText(/wachtwoord/i, { selector: 'input:not([type=checkbox])' });
    expect(fields.map((field) => field.getAttribute('name'))).toEqual(['next', 'repeat']);
    expect(screen.queryByLabelText(/Tijdelijk wachtwoord/)).not.toBeInTheDocument();
  });

  it('shows the policy as the customer types, described by the new-password field', async () => {
    const { user } = renderApp('/portal/change-password');
    const next = await screen.findByLabelText(/^Nieuw wachtwoord/);
    expect(next).toHaveAttribute('aria-describedby', expect.stringContaining('password-policy'));
    expect(screen.getByRole('list')).toHaveAttribute('aria-live', 'polite');
    expect(rule(/10 tot 128 tekens/)).toHaveTextContent('(nog niet voldaan)');

    await user.type(next, 'kort');
    expect(rule(/10 tot 128 tekens/)).toHaveTextContent('(nog niet voldaan)');

    await user.clear(next);
    await user.type(next, NEW_PASSWORD);
    expect(rule(/10 tot 128 tekens/)).toHaveTextContent('(voldaan)');
    await user.type(screen.getByLabelText(/^Herhaal nieuw wachtwoord/), 'Zomer');
    expect(rule(/in beide velden gelijk/)).toHaveTextContent('(nog niet voldaan)');
    await user.type(screen.getByLabelText(/^Herhaal nieuw wachtwoord/), '-aan-zee-2026');
    expect(rule(/in beide velden gelijk/)).toHaveTextContent('(voldaan)');
  });

  it('refuses to save while a rule is not met, without asking the API', async () => {
    const paths: string[] = [];
    server.events.on('request:start', ({ request }) => void paths.push(new URL(request.url).pathname));
    const { user } = renderApp('/portal/change-password');
    await fill(user, /^Nieuw wachtwoord/, NEW_PASSWORD);
    await fill(user, /^Herhaal nieuw wachtwoord/, `${NEW_PASSWORD}!`);
    await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Uw nieuwe wachtwoord voldoet nog niet aan alle eisen.');
    expect(currentRoute()).toBe('/portal/change-password');
    server.events.removeAllListeners();
    expect(paths).not.toContain(`/api${apiPaths.changePassword}`);
  });

  it('says so under the new password when it is the temporary one again', async () => {
    const { user } = renderApp('/portal/change-password');
    await fill(user, /^Nieuw wachtwoord/, SEEDED_TEMPORARY_PASSWORD);
    await fill(user, /^Herhaal nieuw wachtwoord/, SEEDED_TEMPORARY_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(await screen.findByText('Kies een ander wachtwoord dan het tijdelijke.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Nieuw wachtwoord/)).toHaveAttribute('aria-invalid', 'true');
    expect(currentRoute()).toBe('/portal/change-password');
  });

  it('shows the upper limit as the customer types, and keeps a password over 128 characters from the API', async () => {
    const { user } = renderApp('/portal/change-password');
    const long = 'a'.repeat(129);
    await fill(user, /^Nieuw wachtwoord/, long);
    await fill(user, /^Herhaal nieuw wachtwoord/, long);
    expect(rule(/10 tot 128 tekens/)).toHaveTextContent('(nog niet voldaan)');
    await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/voldoet nog niet/);
    expect(screen.queryByText('Kies een ander wachtwoord dan het tijdelijke.')).not.toBeInTheDocument();
  });

  it('drops a refusal once the customer types again', async () => {
    const { user } = renderApp('/portal/change-password');
    await fill(user, /^Nieuw wachtwoord/, SEEDED_TEMPORARY_PASSWORD);
    await fill(user, /^Herhaal nieuw wachtwoord/, SEEDED_TEMPORARY_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(await screen.findByText('Kies een ander wachtwoord dan het tijdelijke.')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Nieuw wachtwoord/), 'x');
    expect(screen.queryByText('Kies een ander wachtwoord dan het tijdelijke.')).not.toBeInTheDocument();
    expect(screen.getByLabelText(/^Nieuw wachtwoord/)).toHaveAttribute('aria-invalid', 'false');
  });

  it('warns before logging out that the temporary password is then used up, and says the way back', async () => {
    const { user } = renderApp('/portal/change-password');
    await user.click(await screen.findByRole('button', { name: 'Uitloggen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Uitloggen zonder nieuw wachtwoord?' });
    expect(dialog).toHaveTextContent(/werkt maar één keer.*"Wachtwoord vergeten\?"/);
    await user.click(within(dialog).getByRole('button', { name: 'Wachtwoord kiezen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(readSession()).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Uitloggen' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Toch uitloggen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
  });

  it('names the rule the API refused a password for, in Dutch: a common one with digits', async () => {
    const { user } = renderApp('/portal/change-password');
    await fill(user, /^Nieuw wachtwoord/, 'wachtwoord123');
    await fill(user, /^Herhaal nieuw wachtwoord/, 'wachtwoord123');
    await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    // The mock loads its list of 49,233 common passwords on this first check: on a busy machine that takes seconds.
    expect(await screen.findByText('Dit wachtwoord wordt veel gebruikt of is uitgelekt. Kies een ander wachtwoord.', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Nieuw wachtwoord/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('saves the new password, opens Mijn account, and only the new password works afterwards', async () => {
    const { user } = renderApp('/portal/change-password');
    await fill(user, /^Nieuw wachtwoord/, NEW_PASSWORD);
    await fill(user, /^Herhaal nieuw wachtwoord/, NEW_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn account' })).toBeInTheDocument();
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain('Uw nieuwe wachtwoord is opgeslagen.');
    await waitFor(() => expect(currentRoute()).toBe('/portal'));
    const personal = within(await screen.findByRole('region', { name: 'Persoonlijke gegevens' }));
    expect(personal.getByText('Eva Janssen')).toBeInTheDocument();

    await expect(authProvider.login({ username: NEW_CUSTOMER, password: SEEDED_TEMPORARY_PASSWORD })).rejects.toBeTruthy();
    await expect(authProvider.login({ username: NEW_CUSTOMER, password: NEW_PASSWORD })).resolves.toEqual({ redirectTo: '/portal' });
  });

  it('sends a customer who has their own password on to the portal', async () => {
    await loginAs(KLANT);
    renderApp('/portal/change-password');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn account' })).toBeInTheDocument();
    expect(currentRoute()).toBe('/portal');
  });

  it('is in English when English is chosen', async () => {
    renderApp('/portal/change-password', { locale: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Choose a new password' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^New password/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Repeat new password/)).toBeInTheDocument();
    expect(screen.getByText(/is 10 to 128 characters long/)).toBeInTheDocument();
  });
});
