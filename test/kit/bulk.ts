/**
 * Helpers for the bulk-dialog tests: a small seed (every fixed contact of organisation 1 on the
 * list's first page), selecting rows by name, and finding a contact's row in the dialog.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { apiPaths } from '../../src/core/api/paths';
import { db, resetDb } from '../../mocks/db';
import { loginAs, renderApp } from './render';
import { apiUrl } from './requests';

export const BULK_URL = apiUrl(apiPaths.accountsBulk);

export const SLOW = { timeout: 10_000 };

/** For `beforeEach`: a store of 30 contacts instead of 10,000 (faster, and one page). */
export const smallStore = () => resetDb({ contacts: 30 });

/** The contacts list as `username`. */
export async function openContacts(username = 'beheerder@hub.example', locale: 'nl' | 'en' = 'nl') {
  await loginAs(username);
  const rendered = renderApp('/contacts', { locale });
  await screen.findByRole('table', {}, SLOW);
  await waitFor(() => expect(document.querySelectorAll('tbody tr').length).toBeGreaterThan(1), SLOW);
  return rendered;
}

/** The list's row of a contact (plain DOM query: role queries over the table are slow in jsdom). */
export function listRow(name: string): HTMLTableRowElement {
  const row = [...document.querySelectorAll<HTMLTableRowElement>('tbody tr')].find((r) => [...r.cells].some((cell) => cell.textContent === name));
  if (!row) throw new Error(`No row for ${name}`);
  return row;
}

/** Selects the contacts in the list, opens "Account toevoegen" and waits for the preview. */
export async function openBulkDialog(names: string[], username?: string, locale: 'nl' | 'en' = 'nl') {
  const { user } = await openContacts(username, locale);
  for (const name of names) await user.click(within(listRow(name)).getByRole('checkbox'));
  await user.click(screen.getByRole('button', { name: locale === 'nl' ? 'Account toevoegen' : 'Add account' }));
  const dialog = await screen.findByRole('dialog');
  await within(dialog).findByRole('list', { name: locale === 'nl' ? 'Geselecteerde contacten' : 'Selected contacts' }, SLOW);
  return { user, dialog };
}

/** A contact's item in the dialog's preview or result list. */
export function dialogItem(dialog: HTMLElement, name: string): HTMLElement {
  const item = within(dialog).getAllByRole('listitem').find((li) => li.textContent?.includes(name));
  if (!item) throw new Error(`No item for ${name}`);
  return item;
}

/** Gives a contact an email that is already someone's username (two contacts sharing one). */
export function shareEmail(contactId: number, email: string) {
  db.saveContact({ ...db.tables.contacts.get(contactId)!, email });
}

export const accountsOf = (contactId: number) =>
  [...db.tables.accounts.values()].filter((account) => account.contactIds.includes(contactId));
