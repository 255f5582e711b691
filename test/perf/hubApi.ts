/**
 * The bench's own calls to the mock API, in Node: a login per person (its answer is the session
 * the Hub stores), and the answers whose texts tell when a page shows its data.
 */
import { apiPaths } from '../../src/core/api/paths';
import type { AccountMine, Contact, ContractListItem } from '../../src/core/api/types';
import { API_ORIGIN } from './builds';

/** The login answer: what the Hub keeps as `hub.session` (src/core/session/session.ts). */
export interface LoginAnswer {
  token: string;
  expiresAt: string;
  mustChangePassword: boolean;
  user: { id: number; name: string; role: string };
}

async function data<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${API_ORIGIN}${path}`, init);
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export async function logIn(username: string, password: string): Promise<LoginAnswer> {
  const body = JSON.stringify({ username, password });
  return (await data<{ data: LoginAnswer }>(apiPaths.login, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })).data;
}

const authorized = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

export async function contractsMine(token: string): Promise<ContractListItem[]> {
  return (await data<{ data: { items: ContractListItem[] } }>(apiPaths.contractsMine, authorized(token))).data.items;
}

export async function accountMine(token: string): Promise<AccountMine> {
  return (await data<{ data: { items: AccountMine[] } }>(apiPaths.accountMine, authorized(token))).data.items[0];
}

/** The first contact of a list page as ra-data-simple-rest asks for it (sort, range). */
export async function firstContact(token: string, sort: [field: string, order: 'ASC' | 'DESC']): Promise<Contact> {
  const query = new URLSearchParams({ sort: JSON.stringify(sort), range: JSON.stringify([0, 0]), filter: '{}' });
  const [contact] = await data<Contact[]>(`${apiPaths.contacts}?${query}`, authorized(token));
  return contact;
}
