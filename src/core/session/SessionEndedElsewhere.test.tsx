/**
 * Another tab of the same browser ends the session: this tab drops what it shows (screen and
 * query cache) at once and opens the login page, or the home of the user who logged in there.
 */
import { act, screen, waitFor } from '@testing-library/react';
import { currentRoute, logInOnLoginPage, loginAs, meanwhile, renderApp } from '../../../test/kit/render';
import { KLANT } from '../../../test/kit/people';
import { authProvider } from './authProvider';

const SESSION_KEY = 'hub.session';

/** Does in localStorage what another tab does, then delivers the `storage` event it would get. */
async function inAnotherTab(change: () => Promise<unknown> | void) {
  const oldValue = localStorage.getItem(SESSION_KEY);
  await meanwhile(async () => {
    await change();
  });
  const newValue = localStorage.getItem(SESSION_KEY);
  act(() => {
    window.dispatchEvent(new StorageEvent('storage', { key: SESSION_KEY, oldValue, newValue, storageArea: localStorage }));
  });
}

async function openPortalAsKlant() {
  await loginAs(KLANT);
  const { queryClient } = renderApp('/portal');
  expect(await screen.findByRole('region', { name: 'Persoonlijke gegevens' })).toHaveTextContent('Sophie van der Meer');
  return queryClient;
}

it('a logout in another tab takes the customer’s data off this screen and out of the cache', async () => {
  const queryClient = await openPortalAsKlant();
  await inAnotherTab(() => authProvider.logout({}));
  expect(await screen.findByRole('heading', { name: 'Inloggen' })).toBeInTheDocument();
  expect(currentRoute()).toBe('/login');
  expect(screen.queryByText(/Sophie van der Meer/)).not.toBeInTheDocument();
  expect(queryClient.getQueryCache().getAll().filter((query) => query.state.data !== undefined)).toEqual([]);
});

it('after a logout in another tab, logging in here returns to the page this tab was on', async () => {
  await loginAs(KLANT);
  const { user } = renderApp('/portal/permissions');
  expect(await screen.findByRole('heading', { level: 1, name: 'Mijn rechten' })).toBeInTheDocument();
  await inAnotherTab(() => authProvider.logout({}));
  await logInOnLoginPage(user, KLANT);
  expect(await screen.findByRole('heading', { level: 1, name: 'Mijn rechten' })).toBeInTheDocument();
  expect(currentRoute()).toBe('/portal/permissions');
});

it('a session that ended by itself in another tab says so here too', async () => {
  await openPortalAsKlant();
  await inAnotherTab(() => authProvider.checkError({ status: 401 }).catch(() => undefined));
  expect(await screen.findByText('Uw sessie is verlopen. Log opnieuw in.')).toBeInTheDocument();
  expect(screen.queryByText(/Sophie van der Meer/)).not.toBeInTheDocument();
});

it('someone else logging in in another tab sends this tab to their home, without the customer’s data', async () => {
  await openPortalAsKlant();
  await inAnotherTab(() => loginAs('beheerder@hub.example'));
  await waitFor(() => expect(currentRoute()).toBe('/contacts'));
  // Their home itself, not just its URL: its lazy chunks must not finish loading in a later test.
  expect(await screen.findByRole('table', {}, { timeout: 10_000 })).toBeInTheDocument();
  expect(screen.queryByText(/Sophie van der Meer/)).not.toBeInTheDocument();
});

it('the same user logging in again in another tab leaves this tab as it is', async () => {
  await openPortalAsKlant();
  await inAnotherTab(() => loginAs(KLANT));
  expect(screen.getByRole('region', { name: 'Persoonlijke gegevens' })).toHaveTextContent('Sophie van der Meer');
  expect(currentRoute()).toBe('/portal');
});
