/** A URL no section knows shows a "not found" of the person's own section, never the other's. */
import { screen, waitFor, within } from '@testing-library/react';
import { currentRoute, loginAs, renderApp } from '../kit/render';
import { KLANT } from '../kit/people';

describe('an unknown URL', () => {
  it.each(['/nope', '/portal/nope', '/portal/contracts/4/nope'])('shows a customer %s as not found in the portal, with the way to their account', async (route) => {
    await loginAs(KLANT);
    const { user } = renderApp(route);
    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Portaalmenu' })).toBeInTheDocument();
    expect(screen.queryByText(/backoffice|Demo-postvak/i)).not.toBeInTheDocument();
    expect(currentRoute()).toBe(route);
    await user.click(within(screen.getByRole('main')).getByRole('link', { name: 'Naar mijn account' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn account' })).toBeInTheDocument();
  });

  it('shows a visitor who is not logged in a "not found" with the way to log in, in English too', async () => {
    const { user } = renderApp('/nope', { locale: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to login' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Log in' })).toBeInTheDocument();
  });

  it.each(['/contacts/8/show', '/audit'])('sends a visitor who is not logged in from the back-office URL %s to the login page', async (route) => {
    renderApp(route);
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
  });

  it('opens the back office for staff, whose own "not found" answers', async () => {
    await loginAs('beheerder@hub.example');
    renderApp('/nope');
    expect(await screen.findByRole('button', { name: /gebruikersmenu/i }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Portaalmenu' })).not.toBeInTheDocument();
    await waitFor(() => expect(currentRoute()).toBe('/nope'));
  });
});

describe('staff on a portal URL', () => {
  it.each([['nl', 'Naar de backoffice', 'Geen toegang'], ['en', 'Go to the back office', 'No access']] as const)(
    'keep their app bar and get the way back to the back office (%s)',
    async (locale, back, title) => {
      await loginAs('medewerker@hub.example');
      const { user } = renderApp('/portal/contracts', { locale });
      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
      const bar = within(screen.getByRole('banner'));
      expect(bar.getByText('Hub Portal')).toBeInTheDocument();
      expect(bar.getByRole('group', { name: locale === 'nl' ? 'Taal' : 'Language' })).toBeInTheDocument();
      await user.click(screen.getByRole('link', { name: back }));
      await waitFor(() => expect(currentRoute()).toBe('/contacts'));
    },
  );
});
