/** The contacts list: search, filters, sorting, paging, row click, CSV export, phone layout. */
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { apiPaths } from '../../core/api/paths';
import { fullName } from '../../core/ui/names';
import { db } from '../../../mocks/db';
import { TEST_API_BASE, server } from '../../../mocks/node';
import { JAN } from '../../../test/kit/people';
import { currentRoute, loginAs, renderApp } from '../../../test/kit/render';
import { onPhoneScreen } from '../../../test/kit/phoneScreen';
import { captureDownloads, textOf } from '../../../test/kit/csvDownloads';

/** The list refetches after a debounce; on a busy machine a page can take seconds to render. */
const SLOW = { timeout: 10_000 };
// Each test renders the whole app and waits for several list reloads.
vi.setConfig({ testTimeout: 45_000 });

async function openList(locale: 'nl' | 'en' = 'nl', username = 'beheerder@hub.example') {
  await loginAs(username);
  const rendered = renderApp('/contacts', { locale });
  await screen.findByRole('table', {}, { timeout: 10_000 });
  await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0));
  return rendered;
}

// Plain selectors, not *ByRole: waitFor polls these, and role queries over a 25-row table are
// slow enough in jsdom to starve the list's own debounce timer.
function bodyRows(): HTMLTableRowElement[] {
  return [...document.querySelectorAll<HTMLTableRowElement>('tbody tr')];
}

/** The text of one data column (0-based; the bulk-selection checkbox cell is not counted) of every row. */
function column(index: number) {
  return bodyRows().map((row) => row.querySelectorAll('td.RaDataTable-rowCell')[index]?.textContent ?? '');
}

function sortButton(header: string) {
  return within(screen.getByRole('columnheader', { name: new RegExp(header) })).getByRole('button');
}

const collator = new Intl.Collator('nl', { sensitivity: 'base' });
const isSorted = (values: string[]) => values.every((v, i) => i === 0 || collator.compare(values[i - 1], v) <= 0);

it('searches name and email', async () => {
  const { user } = await openList();
  await user.type(screen.getByPlaceholderText('Zoek op naam of e-mail'), 'vries');
  await waitFor(() => expect(column(0)).toContain(JAN.name), SLOW);
  expect(column(0).every((name) => name.includes('Vries'))).toBe(true);
  await user.clear(screen.getByPlaceholderText('Zoek op naam of e-mail'));
  await user.type(screen.getByPlaceholderText('Zoek op naam of e-mail'), 'jan.devries@');
  await waitFor(() => expect(column(0)).toEqual([JAN.name]), SLOW);
  expect(column(1)).toEqual([JAN.email]);
});

it('filters on having an account, with the status shown per row', async () => {
  const { user } = await openList();
  await user.click(screen.getByRole('combobox', { name: 'Account' }));
  await user.click(await screen.findByRole('option', { name: 'Met account' }));
  await waitFor(() => expect(column(3).every((status) => status !== 'Geen account')).toBe(true), SLOW);
  expect(column(3)).toEqual(expect.arrayContaining(['Actief']));

  await user.click(screen.getByRole('combobox', { name: 'Account' }));
  await user.click(await screen.findByRole('option', { name: 'Zonder account' }));
  await waitFor(() => expect(new Set(column(3))).toEqual(new Set(['Geen account'])), SLOW);
});

it('sorts by name by default, and by email and creation date on request', async () => {
  const { user } = await openList();
  const lastNameOf = new Map([...db.tables.contacts.values()].map((c) => [fullName(c), c.lastName]));
  expect(isSorted(column(0).map((name) => lastNameOf.get(name)!))).toBe(true);

  await user.click(sortButton('E-mail'));
  await waitFor(() => expect(isSorted(column(1).filter(Boolean))).toBe(true), SLOW);

  await user.click(sortButton('Aangemaakt'));
  // Newest first, as the store has them.
  const newest = [...db.tables.contacts.values()]
    .filter((contact) => contact.organizationId === 1)
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, 25)
    .map((contact) => fullName(contact));
  await waitFor(() => expect(column(0)).toEqual(newest), SLOW);
});

it('pages through the contacts', async () => {
  const { user } = await openList();
  expect(bodyRows()).toHaveLength(25);
  expect(screen.getByText(/^1-25 van \d+$/)).toBeInTheDocument();
  const firstPage = column(0);
  await user.click(screen.getByRole('button', { name: 'Ga naar de volgende pagina' }));
  await waitFor(() => expect(screen.getByText(/^26-50 van \d+$/)).toBeInTheDocument());
  await waitFor(() => expect(column(0)).not.toEqual(firstPage), SLOW);
});

it("opens a contact's detail page on a row click", async () => {
  const { user } = await openList();
  await user.type(screen.getByPlaceholderText('Zoek op naam of e-mail'), 'jan.devries');
  await waitFor(() => expect(column(0)).toEqual([JAN.name]), SLOW);
  await user.click(screen.getByRole('cell', { name: JAN.name }));
  await waitFor(() => expect(currentRoute()).toBe(`/contacts/${JAN.contactId}/show`));
  // The page itself, not just its URL, down to its account panel: its chunk and requests must
  // not finish in a later test (with that test's fresh store, they end in a 401).
  expect(await screen.findByRole('heading', { level: 2, name: JAN.name }, SLOW)).toBeInTheDocument();
  expect(await screen.findByRole('button', { name: 'Account toevoegen' }, SLOW)).toBeInTheDocument();
});

it('offers the organisation filter only to users who can see more than one organisation', async () => {
  await openList();
  expect(screen.queryByRole('combobox', { name: 'Organisatie' })).not.toBeInTheDocument();
});

it('shows the organisation filter when the API returns several organisations', async () => {
  server.use(
    http.get(`${TEST_API_BASE}${apiPaths.organizations}`, () =>
      HttpResponse.json([{ id: 1 }, { id: 2 }].map((o) => ({ ...o, name: `Org ${o.id}` })), {
        headers: { 'Content-Range': 'organizations 0-1/2' },
      }),
    ),
  );
  await openList();
  expect(await screen.findByRole('combobox', { name: 'Organisatie' })).toBeInTheDocument();
});

describe('CSV export', () => {
  const exported = captureDownloads();

  async function exportCsv(locale: 'nl' | 'en') {
    const { user } = await openList(locale);
    await user.type(screen.getByPlaceholderText(/Zoek op naam|Search name/), 'vries');
    await waitFor(() => expect(column(0)).toContain(JAN.name), SLOW);
    const rows = bodyRows().length;
    await user.click(screen.getByRole('button', { name: locale === 'nl' ? 'Exporteren' : 'Export' }));
    await waitFor(() => expect(exported).toHaveLength(1));
    const lines = (await textOf(exported[0])).replace(/^\uFEFF/, '').split('\r\n');
    return { lines, rows };
  }

  it('exports the filtered contacts with Dutch headers and no internal ids', async () => {
    const { lines, rows } = await exportCsv('nl');
    const [header, ...records] = lines;
    expect(header.split(';')).toEqual([
      'Naam', 'Voornaam', 'Tussenvoegsel', 'Achternaam', 'E-mail', 'Telefoon', 'Straat', 'Huisnummer',
      'Postcode', 'Plaats', 'Land', 'Organisatie', 'Dossiernummer', 'Taal', 'Account',
      'Gebruikersnaam account', 'Aangemaakt',
    ]);
    expect(records).toHaveLength(rows);
    const jan = records.find((line) => line.startsWith(`${JAN.name};`))!;
    expect(jan).toContain(`;${JAN.email};`);
    expect(jan).toContain(';De Vaart Verzekeringen B.V.;');
    expect(jan).toContain(';Geen account;');
    expect(lines.join('\n')).not.toMatch(/organizationId|temporaryPassword|updatedAt/);
  });

  it('uses English headers in English', async () => {
    const { lines } = await exportCsv('en');
    expect(lines[0].split(',').slice(0, 5)).toEqual(['Name', 'First name', 'Middle name (tussenvoegsel)', 'Last name', 'Email']);
  });
});

describe('on a phone', () => {
  onPhoneScreen();

  it('shows a simple list instead of a table, each item opening the contact', async () => {
    await loginAs('beheerder@hub.example');
    const { user } = renderApp('/contacts');
    await user.type(await screen.findByPlaceholderText('Zoek op naam of e-mail', {}, { timeout: 10_000 }), 'jan.devries');
    await screen.findByText(JAN.email, {}, SLOW);
    const item = screen.getByRole('link', { name: new RegExp(JAN.name) });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.click(item);
    await waitFor(() => expect(currentRoute()).toBe(`/contacts/${JAN.contactId}/show`));
    expect(await screen.findByRole('button', { name: 'Account toevoegen' }, SLOW)).toBeInTheDocument();
  });

  it('labels the page buttons in Dutch, not with MUI\'s English defaults', async () => {
    await loginAs('beheerder@hub.example');
    renderApp('/contacts');
    expect(await screen.findByRole('button', { name: 'Ga naar de volgende pagina' }, SLOW)).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Ga naar de vorige pagina' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: /Go to/ })).not.toBeInTheDocument();
  });
});
