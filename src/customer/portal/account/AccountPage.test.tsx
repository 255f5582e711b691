/** Mijn account: name with tussenvoegsel, username, email, dossiers by organisation name, groups. */
import { screen, within } from '@testing-library/react';
import { db } from '../../../../mocks/db';
import { KLANT } from '../../../../test/kit/people';
import { klantDossiers } from '../../../../test/kit/portal';
import { loginAs, renderApp } from '../../../../test/kit/render';

describe('Mijn account', () => {
  beforeEach(() => loginAs(KLANT));

  it('shows a loading bar, then the full name with tussenvoegsel, username and email', async () => {
    renderApp('/portal');
    // Until the page's code and data are in, a loading bar; then the page, drawn once, with its data.
    expect(screen.getByRole('progressbar', { name: 'Laden…' })).toBeInTheDocument();
    const personal = within(await screen.findByRole('region', { name: 'Persoonlijke gegevens' }));
    expect(personal.getByText('Naam').nextSibling).toHaveTextContent('Sophie van der Meer');
    expect(personal.getByText('Gebruikersnaam').nextSibling).toHaveTextContent('klant@hub.example');
    expect(personal.getByText('E-mail').nextSibling).toHaveTextContent('klant@hub.example');
    expect(screen.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByRole('status', { name: 'Bezig met laden…' })).not.toBeInTheDocument();
  });

  it('names each organisation (not its id) with the customer’s dossier number there', async () => {
    renderApp('/portal');
    const dossiers = within(await screen.findByRole('region', { name: 'Mijn dossiers' }));
    const expected = klantDossiers();
    expect(expected).toHaveLength(2);
    for (const { organisation, dossierNumber } of expected) {
      expect(dossiers.getByText(organisation.name).nextSibling).toHaveTextContent(`Dossiernummer: ${dossierNumber}`);
    }
    expect(dossiers.queryByText(/Organisatie \d/)).not.toBeInTheDocument();
  });

  it('lists the customer’s groups by name with their description', async () => {
    renderApp('/portal');
    const groups = within(await screen.findByRole('region', { name: 'Mijn groepen' }));
    const account = db.accountByUsername(KLANT)!;
    expect(account.groupIds.length).toBeGreaterThan(1);
    for (const id of account.groupIds) {
      const group = db.tables.groups.get(id)!;
      expect(groups.getByText(group.name)).toBeInTheDocument();
      expect(groups.getByText(group.description)).toBeInTheDocument();
    }
    expect(groups.queryByText(account.groupIds[0])).not.toBeInTheDocument();
  });

  it('is in English when English is chosen', async () => {
    renderApp('/portal', { locale: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'My account' })).toBeInTheDocument();
    const dossiers = within(await screen.findByRole('region', { name: 'My dossiers' }));
    expect(dossiers.getByText(klantDossiers()[0].organisation.name).nextSibling).toHaveTextContent(/^Dossier number: /);
  });
});
