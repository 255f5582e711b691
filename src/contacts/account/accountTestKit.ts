/**
 * Helpers for the account-panel tests: open a contact as a staff member, find the panel's parts,
 * and talk to the mock Hub API directly, as the customer or a colleague in another tab would.
 */
import { screen, within } from '@testing-library/react';
import { apiPaths, withParams } from '../../api/paths';
import { db } from '../../../mocks/db';
import { TEST_API_BASE } from '../../../mocks/node';
import { loginAs, renderApp } from '../../../test/renderWithAdmin';
import { tokenOf } from '../contactsTestKit';

/** Seeded customers of organisation 1 (mocks/db/seed.ts), by contact id. */
export const EVA = { contactId: 7, name: 'Eva Janssen', username: 'eva.janssen@voorbeeld.nl' }; // awaiting first login
export const THOMAS = { contactId: 8, name: 'Thomas van Leeuwen', username: 'thomas.vanleeuwen@voorbeeld.nl' }; // active
export const MILA = { contactId: 9, name: 'Mila de Graaf', username: 'mila.degraaf@voorbeeld.nl' }; // expired
/** The shared customer: contact 4 at organisation 1, contact 5 at organisation 2, one account. */
export const SOPHIE = { contactId: 4, otherContactId: 5, name: 'Sophie van der Meer', username: 'klant@hub.example' };

export const accountIdOf = (contactId: number) => db.accountOfContact(contactId)!.id;

export async function openContact(contactId: number, username = 'beheerder@hub.example', locale: 'nl' | 'en' = 'nl') {
  await loginAs(username);
  const rendered = renderApp(`/contacts/${contactId}/show`, { locale });
  await screen.findByRole('heading', { name: 'Account' }, { timeout: 10_000 });
  return rendered;
}

/** The panel; `hidden` finds it behind an open (modal) dialog too. */
export const accountPanel = (hidden = false) => screen.getByRole('region', { name: 'Account', hidden });

export const timeline = (name = 'Tijdlijn') => screen.findByRole('region', { name }, { timeout: 10_000 });

/** The status chip's text, as the panel shows it now (also behind a dialog). */
export function statusOf(panel = accountPanel(true)) {
  return within(panel).getByText('Status').nextElementSibling?.textContent;
}

/** The HTTP status of a login attempt: 200 when the password works. */
export async function loginStatus(username: string, password: string): Promise<number> {
  const response = await fetch(`${TEST_API_BASE}${apiPaths.login}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return response.status;
}

/** A colleague blocks or unblocks the account (e.g. while this user's dialog is open). */
export async function colleagueDoes(action: 'accountBlock' | 'accountUnblock', accountId: number) {
  const response = await fetch(`${TEST_API_BASE}${withParams(apiPaths[action], { id: accountId })}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await tokenOf('relatiebeheerder@hub.example')}` },
  });
  if (response.status !== 200) throw new Error(`${action} failed: ${response.status}`);
}

export const actionUrl = (path: 'accountBlock' | 'accountUnblock' | 'accountTemporaryPassword' | 'accountEvents', accountId: number) =>
  `${TEST_API_BASE}${withParams(apiPaths[path], { id: accountId })}`;
