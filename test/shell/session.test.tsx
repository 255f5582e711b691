/** The session: token sent, 401 back to login and then back to the page, 403 keeps it, language kept. */
import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { apiUrl } from '../../src/core/api/apiUrl';
import { readSession, writeSession } from '../../src/core/session/session';
import { currentRoute, loginAs, renderApp } from '../kit/render';
import { expectApiErrorLog } from '../kit/console';

const contactsUrl = `${apiUrl}/contact/contacts`;

async function logInOnLoginPage(user: ReturnType<typeof renderApp>['user'], username: string) {
  await user.type(await screen.findByLabelText(/E-mailadres/), username);
  await user.type(screen.getByLabelText(/^Wachtwoord/, { selector: 'input' }), 'demo');
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
}

describe('session', () => {
  it('sends the token as a bearer Authorization header', async () => {
    await loginAs('beheerder@hub.example');
    const seen: (string | null)[] = [];
    // Records the header, then falls through to the real handler.
    server.use(http.get(contactsUrl, ({ request }) => void seen.push(request.headers.get('Authorization'))));
    renderApp('/contacts');
    await waitFor(() => expect(seen.length).toBeGreaterThan(0));
    expect(seen[0]).toBe(`Bearer ${readSession()!.token}`);
  });

  it('on a 401 logs out, says the session expired, and returns to the page after login', async () => {
    expectApiErrorLog('unauthorized');
    await loginAs('beheerder@hub.example');
    writeSession({ ...readSession()!, token: 'no-longer-valid' });
    const { user } = renderApp('/contacts/1/show');
    expect(await screen.findByText('Uw sessie is verlopen. Log opnieuw in.')).toBeInTheDocument();
    expect(currentRoute()).toBe('/login');
    expect(readSession()).toBeNull();

    await logInOnLoginPage(user, 'beheerder@hub.example');
    await waitFor(() => expect(currentRoute()).toBe('/contacts/1/show'));
    expect(screen.queryByText('Uw sessie is verlopen. Log opnieuw in.')).not.toBeInTheDocument();
  });

  it('after a session expired in the portal, returns the customer to that portal page', async () => {
    await loginAs('klant@hub.example');
    writeSession({ ...readSession()!, expiresAt: '2000-01-01T00:00:00Z' });
    const { user } = renderApp('/portal/contracts');
    expect(await screen.findByText('Uw sessie is verlopen. Log opnieuw in.')).toBeInTheDocument();
    await logInOnLoginPage(user, 'klant@hub.example');
    await waitFor(() => expect(currentRoute()).toBe('/portal/contracts'));
    expect((await screen.findAllByRole('link', { name: /^HUB-/ }, { timeout: 10_000 })).length).toBeGreaterThan(0);
  });

  it('does not return staff to a portal page they were on before logging in as staff', async () => {
    await loginAs('klant@hub.example');
    writeSession({ ...readSession()!, expiresAt: '2000-01-01T00:00:00Z' });
    const { user } = renderApp('/portal/contracts');
    await logInOnLoginPage(user, 'medewerker@hub.example');
    await waitFor(() => expect(currentRoute()).toBe('/contacts'));
    expect(await screen.findByRole('table', {}, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('keeps the session on a 403', async () => {
    expectApiErrorLog('forbidden');
    await loginAs('beheerder@hub.example');
    server.use(
      http.get(contactsUrl, () =>
        HttpResponse.json({ error: { code: 'forbidden', message: 'Not allowed' } }, { status: 403 }),
      ),
    );
    renderApp('/contacts');
    expect(await screen.findByText('Not allowed')).toBeInTheDocument();
    expect(currentRoute()).toBe('/contacts');
    expect(readSession()).not.toBeNull();
  });

  it('remembers the chosen language', async () => {
    const { user, unmount } = renderApp('/login');
    await user.click(await screen.findByRole('button', { name: 'EN English' }));
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(localStorage.getItem('hub.locale')).toBe('en');
    unmount();

    renderApp('/login');
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('logs out from the user menu and forgets the session', async () => {
    await loginAs('beheerder@hub.example');
    const { user } = renderApp('/contacts');
    await user.click(await screen.findByRole('button', { name: /gebruikersmenu/i }));
    await user.click(await screen.findByRole('menuitem', { name: 'Uitloggen' }));
    await waitFor(() => expect(currentRoute()).toBe('/login'));
    expect(readSession()).toBeNull();
    expect(screen.queryByText('Uw sessie is verlopen. Log opnieuw in.')).not.toBeInTheDocument();
  });
});
