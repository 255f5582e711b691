/**
 * Helpers for the account-panel tests: open a contact as a staff member, find the panel's parts,
 * and act as a colleague in another tab would.
 */
import { screen, within } from '@testing-library/react';
import { apiPaths, withParams } from '../../src/core/api/paths';
import { db } from '../../mocks/db';
import { call, tokenFor } from './api';
import { loginAs, renderApp } from './render';
import { apiUrl } from './requests';

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

/** A colleague blocks or unblocks the account (e.g. while this user's dialog is open). */
export async function colleagueDoes(action: 'accountBlock' | 'accountUnblock', accountId: number) {
  const { status } = await call('post', apiPaths[action], withParams(apiPaths[action], { id: accountId }), { token: await tokenFor('relatiebeheerder@hub.example') });
  if (status !== 200) throw new Error(`${action} failed: ${status}`);
}

export const ACCOUNTS_URL = apiUrl(apiPaths.accounts);

export const actionUrl = (path: 'accountBlock' | 'accountUnblock' | 'accountTemporaryPassword' | 'accountEvents', accountId: number) =>
  apiUrl(withParams(apiPaths[path], { id: accountId }));
