/** Staff and customers each stay on their own side, by menu and by URL. */
import { screen, waitFor } from '@testing-library/react';
import { server } from '../../mocks/node';
import { currentRoute, loginAs, renderApp } from '../kit/render';

/** The paths of the API requests the app sends from now on. */
function apiRequests(): string[] {
  const paths: string[] = [];
  server.events.on('request:start', ({ request }) => paths.push(new URL(request.url).pathname));
  return paths;
}

describe('who may open what', () => {
  afterEach(() => server.events.removeAllListeners());

  it.each(['/contacts', '/contacts/1/show', '/contacts/1', '/contacts/create', '/audit'])(
    'sends a customer who opens the back-office URL %s to the portal, without asking the API for back-office data',
    async (route) => {
      await loginAs('klant@hub.example');
      const requests = apiRequests();
      renderApp(route);
      await waitFor(() => expect(currentRoute()).toBe('/portal'));
      expect(requests.filter((path) => !path.includes('/mine'))).toEqual([]);
    },
  );

  it('refuses staff the portal', async () => {
    await loginAs('beheerder@hub.example');
    renderApp('/portal/contracts');
    expect(await screen.findByRole('heading', { name: /toegang/i })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /contracten/i })).not.toBeInTheDocument();
  });

  it("opens the root URL on each role's home", async () => {
    await loginAs('medewerker@hub.example');
    const { unmount } = renderApp('/');
    await waitFor(() => expect(currentRoute()).toBe('/contacts'));
    // The page itself, not just its URL: the test ends when the user sees their home.
    expect(await screen.findByRole('table', {}, { timeout: 10_000 })).toBeInTheDocument();
    unmount();

    await loginAs('klant@hub.example');
    renderApp('/');
    await waitFor(() => expect(currentRoute()).toBe('/portal'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn account' })).toBeInTheDocument();
  });

  it('offers staff no portal in the menu', async () => {
    await loginAs('beheerder@hub.example');
    renderApp('/contacts');
    await screen.findByRole('menuitem', { name: /contact/i });
    expect(screen.queryByRole('menuitem', { name: /portal|contract/i })).not.toBeInTheDocument();
  });
});
