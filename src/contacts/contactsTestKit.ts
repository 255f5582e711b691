/**
 * Test helpers that talk to the mock Hub API directly, as another browser tab or another staff
 * member would: they go through the same handlers as the app, not around them.
 */
import { apiPaths } from '../api/paths';
import { server, TEST_API_BASE } from '../../mocks/node';
import { DEMO_PASSWORD } from '../../test/renderWithAdmin';

export const ACCOUNTS_URL = `${TEST_API_BASE}${apiPaths.accounts}`;

/** Seeded contacts of organisation 1 that the tests use. */
export const JAN = { id: 1, name: 'Jan de Vries', email: 'jan.devries@voorbeeld.nl' };
export const FATIMA = { id: 2, name: 'Fatima El Amrani' };
/** A seeded customer of organisation 1 whose account awaits its first login. */
export const EVA = { id: 7, name: 'Eva Janssen', email: 'eva.janssen@voorbeeld.nl' };

/** A fresh session token of a demo user, straight from the API. */
export async function tokenOf(username: string): Promise<string> {
  const response = await fetch(`${TEST_API_BASE}${apiPaths.login}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  return ((await response.json()) as { data: { token: string } }).data.token;
}

/** Creates a contact's account as `staffUsername`, e.g. a colleague who is quicker. */
export async function createAccountAs(staffUsername: string, contactId: number, email: string) {
  const response = await fetch(ACCOUNTS_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await tokenOf(staffUsername)}` },
    body: JSON.stringify({ contactId, email }),
  });
  if (response.status !== 201) throw new Error(`Account not created: ${response.status}`);
  return response.json();
}

/** Counts the requests the app sends to `url` from now on; read the count by calling the result. */
export function countRequests(method: string, url: string): () => number {
  let count = 0;
  server.events.on('request:start', ({ request }) => {
    if (request.method === method && request.url === url) count++;
  });
  return () => count;
}

/** Collects the JSON bodies the app sends to `url` from now on. */
export function requestBodies(method: string, url: string): unknown[] {
  const bodies: unknown[] = [];
  server.events.on('request:start', async ({ request }) => {
    if (request.method === method && request.url === url) bodies.push(await request.clone().json());
  });
  return bodies;
}
