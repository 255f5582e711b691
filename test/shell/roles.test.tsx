/** Staff and customers each stay on their own side, by menu and by URL. */
import { screen, waitFor } from '@testing-library/react';
import { currentRoute, loginAs, renderApp } from '../renderWithAdmin';

describe('who may open what', () => {
  it('sends a customer who opens a back-office URL to the portal', async () => {
    await loginAs('klant@hub.example');
    renderApp('/contacts');
    await waitFor(() => expect(currentRoute()).toBe('/portal'));
  });

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
    unmount();

    await loginAs('klant@hub.example');
    renderApp('/');
    await waitFor(() => expect(currentRoute()).toBe('/portal'));
  });

  it('offers staff no portal in the menu', async () => {
    await loginAs('beheerder@hub.example');
    renderApp('/contacts');
    await screen.findByRole('menuitem', { name: /contact/i });
    expect(screen.queryByRole('menuitem', { name: /portal|contract/i })).not.toBeInTheDocument();
  });
});
