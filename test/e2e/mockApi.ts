/** The mock Hub API over HTTP that the real-API build talks to in the e2e run, for API-level steps. */
import { expect, type APIRequestContext } from '@playwright/test';
import { ports } from '../../playwright.config';

export const api = `http://127.0.0.1:${ports.mockApi}`;

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A session token of a one-step login (the mock over HTTP seeds no second factors). */
export async function tokenFor(request: APIRequestContext, username: string, password = 'demo') {
  const response = await request.post(`${api}/auth/login`, { data: { username, password } });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { data: { token: string } }).data.token;
}
