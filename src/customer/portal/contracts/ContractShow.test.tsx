/** Contract detail: every field, coverages, documents, back link, and "not found" for others' ids. */
import { screen, within } from '@testing-library/react';
import { db, KLANT_CONTACT_IDS } from '../../../../mocks/db';
import { KLANT } from '../../../../test/kit/people';
import { otherCustomersContract } from '../../../../test/kit/portal';
import { currentRoute, loginAs, renderApp } from '../../../../test/kit/render';

function detail(label: string) {
  return within(screen.getByRole('region', { name: /^(Gegevens|Details)$/ })).getByText(label).nextSibling;
}

describe('contract detail', () => {
  beforeEach(() => loginAs(KLANT));

  it('shows every field of the contract in Dutch formats', async () => {
    renderApp('/portal/contracts/4');
    expect(await screen.findByRole('heading', { level: 1, name: 'Annuïteitenhypotheek · HUB-2024-000004' })).toBeInTheDocument();
    const expected: Record<string, string> = {
      Nummer: 'HUB-2024-000004',
      Product: 'Annuïteitenhypotheek',
      Omschrijving: 'Hypothecaire lening met rente en aflossing in gelijke maandlasten.',
      Soort: 'Hypotheek',
      Verzekeraar: 'Rabobank',
      Polisnummer: '57730204',
      Organisatie: 'De Vaart Verzekeringen B.V.',
      Dossiernummer: 'VA-100028',
      Status: 'Lopend',
      Ingangsdatum: '1 september 2024',
      Einddatum: '1 september 2054',
      Verlengingsdatum: '—',
      Premie: '€ 1.655,20 per maand',
      Betaalwijze: 'Factuur',
      Adviseur: 'Marloes van Dijk',
    };
    for (const [label, value] of Object.entries(expected)) expect(detail(label)).toHaveTextContent(value);
  });

  it('lists the coverages with insured amount and deductible, and the documents with kind, date and size', async () => {
    renderApp('/portal/contracts/1');
    const coverages = within(await screen.findByRole('region', { name: 'Dekkingen' }));
    expect(coverages.getAllByRole('listitem')).toHaveLength(4);
    const storm = within(coverages.getByText('Storm').closest('li')!);
    expect(storm.getByText('Schade door storm vanaf windkracht 7.')).toBeInTheDocument();
    expect(storm.getByText('Verzekerd bedrag: € 500.000,00 · Eigen risico: € 250,00')).toBeInTheDocument();

    const documents = within(screen.getByRole('region', { name: 'Documenten' }));
    expect(documents.getAllByRole('listitem')).toHaveLength(4);
    expect(documents.getByText('Voorwaarden Univé 2021')).toBeInTheDocument();
    expect(documents.getByText('Voorwaarden · Uitgegeven op 1 november 2021 · 1,2 MB')).toBeInTheDocument();
  });

  it('in English, marks the Dutch product, coverages and documents as Dutch, and says so', async () => {
    renderApp('/portal/contracts/1', { locale: 'en' });
    const title = await screen.findByRole('heading', { level: 1, name: 'Woonhuisverzekering · HUB-2021-000001' });
    expect(within(title).getByText('Woonhuisverzekering')).toHaveAttribute('lang', 'nl');
    expect(screen.getByText('The product, its description and coverages are in Dutch, as your organisation keeps them.')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Coverages' })).getByText('Storm')).toHaveAttribute('lang', 'nl');
    const documents = within(screen.getByRole('region', { name: 'Documents' }));
    expect(documents.getByText('Voorwaarden Univé 2021')).toHaveAttribute('lang', 'nl');
    expect(documents.getByText('Conditions · In Dutch · Issued 1 November 2021 · 1.2 MB')).toBeInTheDocument();
  });

  it('in Dutch, says nothing of the language of Dutch texts, but names an English document', async () => {
    db.saveContact({ ...db.tables.contacts.get(KLANT_CONTACT_IDS[0])!, language: 'en' });
    renderApp('/portal/contracts/1');
    const documents = within(await screen.findByRole('region', { name: 'Documenten' }));
    expect(screen.queryByText(/staan in het/)).not.toBeInTheDocument();
    expect(documents.getByText('Voorwaarden Univé 2021')).toHaveAttribute('lang', 'en');
    expect(documents.getByText('Voorwaarden · In het Engels · Uitgegeven op 1 november 2021 · 1,2 MB')).toBeInTheDocument();
  });

  it('shows English words and formats when English is chosen', async () => {
    renderApp('/portal/contracts/1', { locale: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Woonhuisverzekering · HUB-2021-000001' })).toBeInTheDocument();
    expect(detail('Start date')).toHaveTextContent('1 November 2021');
    expect(detail('End date')).toHaveTextContent('Open-ended');
    expect(detail('Premium')).toHaveTextContent('€38.55 per month');
    expect(detail('Payment method')).toHaveTextContent('Direct debit');
    expect(screen.getByText('Insured amount: €500,000.00 · Deductible: €250.00')).toBeInTheDocument();
  });

  it('says a contract was not found for an unknown id, with a way back', async () => {
    const { user } = renderApp('/portal/contracts/99999');
    expect(await screen.findByRole('heading', { level: 1, name: 'Contract niet gevonden' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Terug naar mijn contracten' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn contracten' })).toBeInTheDocument();
    expect(currentRoute()).toBe('/portal/contracts');
  });

  it('says "not found" for another customer’s contract and shows none of its data', async () => {
    const other = otherCustomersContract();
    renderApp(`/portal/contracts/${other.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Contract niet gevonden' })).toBeInTheDocument();
    expect(screen.queryByText(other.number)).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
