/** Mijn contracten: columns and formats, sorting, filters, search, empty state, phone cards. */
import { screen, waitFor, within } from '@testing-library/react';
import { KLANT, KLANT_WITHOUT_CONTRACTS } from '../../../../test/kit/people';
import { klantContracts } from '../../../../test/kit/portal';
import { currentRoute, loginAs, renderApp } from '../../../../test/kit/render';
import { onPhoneScreen } from '../../../../test/kit/phoneScreen';

/** The data rows' contract numbers, top to bottom. */
function numbersInTable() {
  return screen.getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[0].textContent);
}

async function tableRow(number: string) {
  return within((await screen.findByRole('link', { name: number })).closest('tr')!);
}

describe('Mijn contracten', () => {
  beforeEach(() => loginAs(KLANT));

  it('shows every contract with number, product, organisation, status, dates and premium per period in Dutch', async () => {
    renderApp('/portal/contracts');
    // Until the page's code and data are in, a loading bar; then the page, drawn once, with its data.
    expect(screen.getByRole('progressbar', { name: 'Laden…' })).toBeInTheDocument();
    const row = await tableRow('HUB-2024-000004');
    const headers = screen.getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual(['Nummer', 'Product', 'Organisatie', 'Status', 'Ingangsdatum', 'Einddatum', 'Premie']);
    expect(row.getAllByRole('cell').map((cell) => cell.textContent?.replace(/\s+/g, ' '))).toEqual([
      'HUB-2024-000004',
      'AnnuïteitenhypotheekRabobank',
      'De Vaart Verzekeringen B.V.',
      'Lopend',
      '1 september 2024',
      '1 september 2054',
      '€ 1.655,20per maand', // amount, and the period on a line of its own
    ]);
    expect(numbersInTable()).toHaveLength(klantContracts().length);
    expect((await tableRow('HUB-2021-000001')).getByText('Doorlopend')).toBeInTheDocument();
    expect((await tableRow('HUB-2025-000008')).getByText('eenmalig')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('8 contracten');
  });

  it('uses English words and formats when English is chosen', async () => {
    renderApp('/portal/contracts', { locale: 'en' });
    const row = await tableRow('HUB-2024-000004');
    expect(row.getByText('Active')).toBeInTheDocument();
    expect(row.getByText('1 September 2024')).toBeInTheDocument();
    expect(row.getByText('€1,655.20')).toBeInTheDocument();
    expect(row.getByText('per month')).toBeInTheDocument();
    expect((await tableRow('HUB-2022-000005')).getByText('€90.50').parentElement).toHaveTextContent('€90.50per year');
  });

  it('sorts newest first, and by a column when its header is clicked, both ways', async () => {
    const { user } = renderApp('/portal/contracts');
    await screen.findByRole('table');
    expect(numbersInTable()[0]).toBe('HUB-2026-000007');
    await user.click(screen.getByRole('button', { name: 'Premie' }));
    expect(numbersInTable()[0]).toBe('HUB-2023-000002');
    expect(screen.getByRole('columnheader', { name: 'Premie' })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(screen.getByRole('button', { name: 'Premie' }));
    expect(numbersInTable()[0]).toBe('HUB-2025-000008');
    expect(screen.getByRole('columnheader', { name: 'Premie' })).toHaveAttribute('aria-sort', 'descending');
  });

  it('filters by status and organisation, searches, and clears the filters again', async () => {
    const { user } = renderApp('/portal/contracts');
    await screen.findByRole('table');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Beëindigd');
    expect(numbersInTable().sort()).toEqual(['HUB-2022-000005', 'HUB-2025-000008']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Organisatie' }), 'Noorderlicht Financieel Advies');
    expect(numbersInTable()).toEqual(['HUB-2025-000008']);
    expect(screen.getByRole('status')).toHaveTextContent('1 contract');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Alle');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Organisatie' }), 'Alle');
    await user.type(screen.getByRole('searchbox', { name: 'Zoeken' }), 'hypotheek');
    expect(numbersInTable().sort()).toEqual(['HUB-2024-000004', 'HUB-2025-000008']);

    await user.type(screen.getByRole('searchbox', { name: 'Zoeken' }), ' zzz');
    expect(screen.getByText('Geen contracten gevonden met deze zoekterm of filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Filters wissen' }));
    expect(numbersInTable()).toHaveLength(8);
    expect(screen.getByRole('searchbox', { name: 'Zoeken' })).toHaveValue('');
  });

  it('opens a contract from its number, and the back link returns to the filtered list', async () => {
    const { user } = renderApp('/portal/contracts');
    await screen.findByRole('table');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Beëindigd');
    await user.click(screen.getByRole('link', { name: 'HUB-2022-000005' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Doorlopende reisverzekering · HUB-2022-000005' })).toBeInTheDocument();
    expect(currentRoute()).toBe('/portal/contracts/5');
    await user.click(screen.getByRole('link', { name: 'Terug naar mijn contracten' }));
    await waitFor(() => expect(numbersInTable()).toHaveLength(2));
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('ended');
  });

  it('shows a friendly empty state to a customer without contracts', async () => {
    await loginAs(KLANT_WITHOUT_CONTRACTS);
    renderApp('/portal/contracts');
    expect(await screen.findByRole('heading', { name: 'U heeft nog geen contracten' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
  });

  describe('on a phone', () => {
    onPhoneScreen();

    it('shows cards instead of a table, each opening its contract, with a sort choice', async () => {
      const { user } = renderApp('/portal/contracts');
      const card = within((await screen.findByRole('link', { name: 'Annuïteitenhypotheek' })).closest('li')!);
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
      expect(card.getByText('HUB-2024-000004')).toBeInTheDocument();
      expect(card.getByText('Lopend')).toBeInTheDocument();
      expect(card.getByText('€ 1.655,20 per maand')).toBeInTheDocument();
      expect(card.getByText('1 september 2054')).toBeInTheDocument();

      await user.selectOptions(screen.getByRole('combobox', { name: 'Sorteren op' }), 'Premie');
      await user.click(screen.getByRole('button', { name: 'Premie: aflopend' }));
      const products = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
      expect(products[0]).toBe('Inboedelverzekering');

      await user.click(card.getByRole('link', { name: 'Annuïteitenhypotheek' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Annuïteitenhypotheek · HUB-2024-000004' })).toBeInTheDocument();
    });
  });
});
