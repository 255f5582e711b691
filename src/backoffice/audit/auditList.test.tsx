/** The audit list (Beheerder only): events with translated types, filters, CSV export, phone layout. */
import { screen, waitFor, within } from '@testing-library/react';
import { apiPaths } from '../../core/api/paths';
import { server } from '../../../mocks/node';
import { createAccountAs } from '../../../test/kit/api';
import { JAN } from '../../../test/kit/people';
import { currentRoute, loginAs, meanwhile, renderApp } from '../../../test/kit/render';
import { onPhoneScreen } from '../../../test/kit/phoneScreen';
import { captureDownloads, textOf } from '../../../test/kit/csvDownloads';

const SLOW = { timeout: 10_000 };
vi.setConfig({ testTimeout: 45_000 });

// Plain selectors, not *ByRole: waitFor polls these, and role queries over a 25-row table are slow in jsdom.
function bodyRows(): HTMLTableRowElement[] {
  return [...document.querySelectorAll<HTMLTableRowElement>('tbody tr')];
}

/** The text of one column: 0 when, 1 event, 2 account, 3 contact, 4 by. */
function column(index: number) {
  return bodyRows().map((row) => row.cells[index]?.textContent ?? '');
}

/** Jan de Vries gets an account now: the two newest events are his "created" and "welcome mail sent". */
async function openAuditWithNewAccount(locale: 'nl' | 'en' = 'nl') {
  await createAccountAs('relatiebeheerder@hub.example', JAN.contactId, JAN.email);
  await loginAs('beheerder@hub.example');
  const rendered = renderApp('/audit', { locale });
  await screen.findByRole('table', {}, SLOW);
  await waitFor(() => expect(bodyRows().length).toBeGreaterThan(2), SLOW);
  return rendered;
}

it('shows the newest events first, with translated types, the account, a link to the contact and who did it', async () => {
  await openAuditWithNewAccount();
  const [welcome, created] = bodyRows();
  expect([...welcome.cells].slice(1).map((cell) => cell.textContent)).toEqual([
    'Welkomstmail verstuurd', JAN.email, JAN.name, 'Hub (systeem)',
  ]);
  expect([...created.cells].slice(1).map((cell) => cell.textContent)).toEqual([
    'Account aangemaakt', JAN.email, JAN.name, 'Ruud Visser',
  ]);
  expect(column(0)[0]).toMatch(/^\d{1,2} \w+ \d{4} om \d{2}:\d{2}$/);
  expect(within(created).getByRole('link', { name: JAN.name })).toHaveAttribute('href', `#/contacts/${JAN.contactId}/show`);
});

it('speaks English when English is chosen', async () => {
  await openAuditWithNewAccount('en');
  expect(column(1).slice(0, 2)).toEqual(['Welcome mail sent', 'Account created']);
  expect(column(4).slice(0, 2)).toEqual(['Hub (system)', 'Ruud Visser']);
  expect(screen.getByRole('columnheader', { name: /When/ })).toBeInTheDocument();
});

it('filters by event type', async () => {
  const { user } = await openAuditWithNewAccount();
  await user.click(screen.getByRole('combobox', { name: 'Gebeurtenis' }));
  await user.click(await screen.findByRole('option', { name: 'Welkomstmail verstuurd' }));
  await user.keyboard('{Escape}');
  await waitFor(() => expect(column(1)).toEqual(['Welkomstmail verstuurd']), SLOW);
  expect(column(3)).toEqual([JAN.name]);
});

it('filters by actor, the system ("Hub") included', async () => {
  const { user } = await openAuditWithNewAccount();
  expect(new Set(column(4)).size).toBeGreaterThan(1);
  await user.type(screen.getByRole('textbox', { name: 'Door' }), 'ruud');
  await waitFor(() => expect(new Set(column(4))).toEqual(new Set(['Ruud Visser'])), SLOW);
  expect(column(2)).toContain(JAN.email);
  // Only the actor: the free search would also find the accounts at hub.example.
  await user.clear(screen.getByRole('textbox', { name: 'Door' }));
  await user.type(screen.getByRole('textbox', { name: 'Door' }), 'hub');
  await waitFor(() => expect(column(4)).toEqual(['Hub (systeem)']), SLOW);
});

it('filters by contact, chosen by name', async () => {
  const { user } = await openAuditWithNewAccount();
  // Pasted, not typed: every keystroke would search the 10,000 contacts again.
  await user.click(screen.getByRole('combobox', { name: 'Contact' }));
  await user.paste('jan.devries');
  await user.click(await screen.findByRole('option', { name: JAN.name }, SLOW));
  await waitFor(() => expect(column(3)).toEqual([JAN.name, JAN.name]), SLOW);
});

it('searches account and actor with the free search', async () => {
  const { user } = await openAuditWithNewAccount();
  await user.type(screen.getByPlaceholderText('Zoek account of persoon'), 'jan.devries');
  await waitFor(() => expect(column(2)).toEqual([JAN.email, JAN.email]), SLOW);
});

it('is in the menu of a Beheerder only; a Relatiebeheerder opening it is told there is no access', async () => {
  await loginAs('beheerder@hub.example');
  const first = renderApp('/contacts');
  expect(await screen.findByRole('menuitem', { name: 'Audit' }, SLOW)).toHaveAttribute('href', '#/audit');
  // The contacts page itself before unmounting: its chunk must not finish loading in a later test.
  await screen.findByRole('table', {}, SLOW);
  first.unmount();

  const auditRequests: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname.endsWith(apiPaths.auditEvents)) auditRequests.push(request.url);
  });
  await loginAs('relatiebeheerder@hub.example');
  renderApp('/audit');
  expect(await screen.findByRole('heading', { name: 'Geen toegang' }, SLOW)).toBeInTheDocument();
  expect(currentRoute()).toBe('/access-denied');
  // No 403 behind the page (react-admin's <List> would fetch and show an error toast).
  expect(auditRequests).toEqual([]);
  expect(screen.queryByRole('menuitem', { name: 'Audit' })).not.toBeInTheDocument();
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
});

describe('CSV export', () => {
  const exported = captureDownloads();

  async function exportCsv(locale: 'nl' | 'en') {
    const { user } = await openAuditWithNewAccount(locale);
    await user.click(screen.getByPlaceholderText(/Zoek account|Search account/));
    await user.paste('jan.devries');
    await waitFor(() => expect(bodyRows()).toHaveLength(2), SLOW);
    await user.click(screen.getByRole('button', { name: locale === 'nl' ? 'Exporteren' : 'Export' }));
    await waitFor(() => expect(exported).toHaveLength(1));
    return textOf(exported[0]);
  }

  it('exports the filtered events with Dutch headers, translated types and roles, ";" and a BOM', async () => {
    const csv = await exportCsv('nl');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, welcome, created, ...rest] = csv.slice(1).split('\r\n');
    expect(header).toBe('Wanneer;Gebeurtenis;Account;Contact;Door;Rol');
    expect(welcome).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z;Welkomstmail verstuurd;${JAN.email};${JAN.name};Hub \\(systeem\\);$`));
    expect(created).toMatch(new RegExp(`;Account aangemaakt;${JAN.email};${JAN.name};Ruud Visser;Relatiebeheerder$`));
    expect(rest).toEqual([]);
  });

  it('uses English headers and commas in English', async () => {
    const [header, welcome] = (await exportCsv('en')).slice(1).split('\r\n');
    expect(header).toBe('When,Event,Account,Contact,By,Role');
    expect(welcome).toContain(',Welcome mail sent,');
  });
});

describe('on a phone', () => {
  onPhoneScreen();

  it('shows each event as a list item instead of a table row', async () => {
    await meanwhile(() => createAccountAs('relatiebeheerder@hub.example', JAN.contactId, JAN.email));
    await loginAs('beheerder@hub.example');
    renderApp('/audit');
    expect(await screen.findAllByText('Welkomstmail verstuurd', {}, SLOW)).not.toHaveLength(0);
    expect(screen.getAllByText(`${JAN.email} · ${JAN.name}`)).toHaveLength(2);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('keeps only the search in view; the other filters come from "Filter toevoegen"', async () => {
    await loginAs('beheerder@hub.example');
    const { user } = renderApp('/audit');
    expect(await screen.findByPlaceholderText('Zoek account of persoon', {}, SLOW)).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Gebeurtenis' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Filter toevoegen' }));
    expect(screen.getAllByRole('menuitemcheckbox').map((item) => item.textContent)).toEqual(['Gebeurtenis', 'Contact', 'Door']);
    await user.click(screen.getByRole('menuitemcheckbox', { name: 'Gebeurtenis' }));
    expect(await screen.findByRole('combobox', { name: 'Gebeurtenis' })).toBeInTheDocument();
  });
});
