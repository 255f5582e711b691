/**
 * The portal's frame: its own menu, the customer's name, the language switch, logout; customers
 * only (by URL too); an ended session returns to the same portal page after logging in again.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { db } from '../../../../mocks/db';
import { KLANT } from '../../../../test/kit/people';
import { currentRoute, logInOnLoginPage, loginAs, renderApp } from '../../../../test/kit/render';
import { onPhoneScreen } from '../../../../test/kit/phoneScreen';

describe('the portal layout', () => {
  it('has the customer menu, which opens each page and marks the current one', async () => {
    await loginAs(KLANT);
    const { user } = renderApp('/portal');
    const menu = within(await screen.findByRole('navigation', { name: 'Portaalmenu' }));
    expect(menu.getAllByRole('link').map((link) => link.textContent)).toEqual(['Mijn account', 'Mijn organisaties', 'Mijn rechten', 'Mijn contracten']);
    expect(menu.getByRole('link', { name: 'Mijn account' })).toHaveAttribute('aria-current', 'page');

    for (const [name, route] of [['Mijn organisaties', '/portal/organisations'], ['Mijn rechten', '/portal/permissions'], ['Mijn contracten', '/portal/contracts'], ['Mijn account', '/portal']]) {
      await user.click(menu.getByRole('link', { name }));
      expect(await screen.findByRole('heading', { level: 1, name })).toBeInTheDocument();
      expect(currentRoute()).toBe(route);
      expect(menu.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
    }
    expect(screen.getByText('Sophie van der Meer', { selector: 'header *' })).toBeInTheDocument();
  });

  it('switches to English and back, remembering the choice', async () => {
    await loginAs(KLANT);
    const { user } = renderApp('/portal/contracts');
    expect(await screen.findByText('€ 1.655,20')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'EN English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My contracts' })).toBeInTheDocument();
    expect(screen.getByText('€1,655.20')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'My permissions' })).toBeInTheDocument();
    expect(localStorage.getItem('hub.locale')).toBe('en');
    await user.click(screen.getByRole('button', { name: 'NL Nederlands' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn contracten' })).toBeInTheDocument();
  });

  it('logs the customer out to the login page', async () => {
    await loginAs(KLANT);
    const { user } = renderApp('/portal');
    await user.click(await screen.findByRole('button', { name: 'Uitloggen' }));
    expect(await screen.findByRole('heading', { name: 'Inloggen' })).toBeInTheDocument();
    expect(localStorage.getItem('hub.session')).toBeNull();
  });

  describe('on a phone', () => {
    onPhoneScreen();

    it('folds the menu into a drawer that opens from the menu button and closes after a choice', async () => {
      await loginAs(KLANT);
      const { user } = renderApp('/portal');
      await screen.findByRole('heading', { level: 1, name: 'Mijn account' });
      await user.click(screen.getByRole('button', { name: 'Menu openen' }));
      const drawer = within(await screen.findByRole('presentation'));
      expect(drawer.getByText('Sophie van der Meer')).toBeInTheDocument();
      await user.click(drawer.getByRole('link', { name: 'Mijn contracten' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Mijn contracten' })).toBeInTheDocument();
      await waitFor(() => expect(screen.queryByRole('presentation')).not.toBeInTheDocument());
    });
  });
});

describe('who may open the portal', () => {
  it.each(['beheerder@hub.example', 'medewerker@hub.example'])('%s (staff) cannot open portal pages by URL', async (username) => {
    await loginAs(username);
    renderApp('/portal/contracts');
    expect(await screen.findByRole('heading', { name: 'Geen toegang' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Portaalmenu' })).not.toBeInTheDocument();
    expect(screen.queryByText('HUB-2024-000004')).not.toBeInTheDocument();
  });

  it('sends a visitor without a session to the login page, and back to the portal page afterwards', async () => {
    const { user } = renderApp('/portal/contracts/4');
    await logInOnLoginPage(user, KLANT);
    expect(await screen.findByRole('heading', { level: 1, name: 'Annuïteitenhypotheek · HUB-2024-000004' })).toBeInTheDocument();
    expect(currentRoute()).toBe('/portal/contracts/4');
  });

  it('ends an expired session with a message, then returns to the same portal page after login', async () => {
    await loginAs(KLANT);
    const { user } = renderApp('/portal/permissions');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn rechten' })).toBeInTheDocument();
    // The server forgets the token (as when it expires); the next call answers 401.
    for (const token of db.tables.sessions.keys()) db.deleteSession(token);
    await user.click(screen.getByRole('link', { name: 'Mijn contracten' }));
    expect(await screen.findByText('Uw sessie is verlopen. Log opnieuw in.')).toBeInTheDocument();
    await logInOnLoginPage(user, KLANT);
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn contracten' })).toBeInTheDocument();
    expect(currentRoute()).toBe('/portal/contracts');
  });
});
