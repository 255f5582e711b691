/** Logging in: landing per role, errors in the user's language, typed input kept, demo list. */
import { screen, waitFor, within } from '@testing-library/react';
import { currentRoute, renderApp } from '../kit/render';

async function logIn(user: ReturnType<typeof renderApp>['user'], username: string, password: string) {
  await user.type(await screen.findByLabelText(/E-mailadres|Email address/), username);
  await user.type(screen.getByLabelText(/^(Wachtwoord|Password)/, { selector: 'input' }), password);
  await user.click(screen.getByRole('button', { name: /^(Inloggen|Log in)$/ }));
}

describe('login', () => {
  it('sends staff to the contacts list', async () => {
    const { user } = renderApp('/login');
    await logIn(user, 'beheerder@hub.example', 'demo');
    await waitFor(() => expect(currentRoute()).toBe('/contacts'));
    expect(await screen.findByRole('table', {}, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('sends a customer to the portal', async () => {
    const { user } = renderApp('/login');
    await logIn(user, 'klant@hub.example', 'demo');
    await waitFor(() => expect(currentRoute()).toBe('/portal'));
    expect(await screen.findByRole('region', { name: 'Persoonlijke gegevens' }, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('says the same for a wrong password and an unknown user, and keeps the typed username', async () => {
    const { user } = renderApp('/login');
    await logIn(user, 'beheerder@hub.example', 'wrong');
    const wrongPassword = (await screen.findByRole('alert')).textContent;
    expect(wrongPassword).toBe('Het e-mailadres of wachtwoord is onjuist.');
    expect(screen.getByLabelText(/E-mailadres/)).toHaveValue('beheerder@hub.example');

    await user.clear(screen.getByLabelText(/E-mailadres/));
    await user.type(screen.getByLabelText(/E-mailadres/), 'niemand@hub.example');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));
    await waitFor(() => expect(screen.getByLabelText(/E-mailadres/)).toHaveValue('niemand@hub.example'));
    expect((await screen.findByRole('alert')).textContent).toBe(wrongPassword);
    expect(currentRoute()).toBe('/login');
  });

  it('shows login errors in English when English is chosen', async () => {
    const { user } = renderApp('/login', { locale: 'en' });
    await logIn(user, 'beheerder@hub.example', 'wrong');
    expect(await screen.findByRole('alert')).toHaveTextContent('The email address or password is incorrect.');
  });

  it('lists the demo accounts with their roles, and choosing one fills the form', async () => {
    const { user } = renderApp('/login');
    const list = within(await screen.findByRole('region', { name: 'Demo-accounts' }));
    expect(list.getAllByRole('button')).toHaveLength(6);
    await user.click(list.getByRole('button', { name: /^klant@hub\.example\s*Klant$/ }));
    expect(screen.getByLabelText(/E-mailadres/)).toHaveValue('klant@hub.example');
    expect(screen.getByLabelText(/^Wachtwoord/, { selector: 'input' })).toHaveValue('demo');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));
    await waitFor(() => expect(currentRoute()).toBe('/portal'));
    expect(await screen.findByRole('region', { name: 'Persoonlijke gegevens' }, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('sends a user who is not logged in to the login page', async () => {
    renderApp('/contacts');
    expect(await screen.findByRole('heading', { name: 'Inloggen' }, { timeout: 5000 })).toBeInTheDocument();
    expect(currentRoute()).toBe('/login');
  });
});
