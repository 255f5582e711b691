/** Mijn organisaties: name, address, phone, email, website, KvK number and the dossier number. */
import { http, HttpResponse } from 'msw';
import { screen, within } from '@testing-library/react';
import { server, TEST_API_BASE } from '../../../../mocks/node';
import { apiPaths } from '../../../core/api/paths';
import { KLANT } from '../../../../test/kit/people';
import { klantDossiers } from '../../../../test/kit/portal';
import { loginAs, renderApp } from '../../../../test/kit/render';

describe('Mijn organisaties', () => {
  beforeEach(() => loginAs(KLANT));

  it('shows every organisation of the customer with all its contact details', async () => {
    renderApp('/portal/organisations');
    // Until the page's code and data are in, a loading bar; then the page, drawn once, with its data.
    expect(screen.getByRole('progressbar', { name: 'Laden…' })).toBeInTheDocument();
    for (const { organisation: o, dossierNumber } of klantDossiers()) {
      const card = within(await screen.findByRole('article', { name: o.name }));
      expect(card.getByText('Uw dossiernummer').nextSibling).toHaveTextContent(dossierNumber);
      expect(card.getByText('Adres').nextSibling).toHaveTextContent(`${o.street} ${o.houseNumber}${o.postalCode} ${o.city}`);
      expect(card.getByRole('link', { name: o.phone })).toHaveAttribute('href', expect.stringMatching(/^tel:\+?\d+$/));
      expect(card.getByRole('link', { name: o.email })).toHaveAttribute('href', `mailto:${o.email}`);
      expect(card.getByRole('link', { name: /^[\w.-]+\.\w+/ })).toHaveAttribute('href', o.website);
      expect(card.getByText('KvK-nummer').nextSibling).toHaveTextContent(o.kvkNumber);
    }
  });

  it('says so when the customer has no organisation', async () => {
    server.use(http.get(`${TEST_API_BASE}${apiPaths.organizationsMine}`, () => HttpResponse.json({ data: { items: [] } })));
    renderApp('/portal/organisations');
    expect(await screen.findByText('U bent nog bij geen enkele organisatie klant.')).toBeInTheDocument();
  });
});
