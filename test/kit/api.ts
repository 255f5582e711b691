/**
 * The tests' one client of the mock Hub API: it calls the same handlers as the app (msw/node),
 * as another tab, a colleague or the mock's own tests would, and checks every answer against
 * the contract (src/core/api/hub-api.yaml).
 */
import { apiPaths } from '../../src/core/api/paths';
import { TEST_API_BASE } from '../../mocks/node';
import { expectContractResponse } from './apiSchema';
import { DEMO_PASSWORD } from './people';

type Method = 'get' | 'post' | 'put' | 'delete';

export interface CallOptions {
  token?: string;
  /** An object is sent as JSON; a string is sent as is (to test malformed bodies). */
  body?: unknown;
  query?: Record<string, unknown>;
  /** Sent as they are, e.g. a browser's `User-Agent`. */
  headers?: Record<string, string>;
}

/** Calls `path` (with ids filled in) and validates the answer against `contractPath`'s schema. */
export async function call(method: Method, contractPath: string, path: string, options: CallOptions = {}) {
  const url = new URL(`${TEST_API_BASE}${path}`);
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  const headers = new Headers(options.headers);
  if (options.token) headers.set('Authorization', `Bearer ${options.token}`);
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  const response = await fetch(url, {
    method: method.toUpperCase(),
    headers,
    body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
  });
  const body = (await expectContractResponse(response, contractPath, method)) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  return { status: response.status, body, headers: response.headers };
}

export async function login(username: string, password = DEMO_PASSWORD) {
  return call('post', apiPaths.login, apiPaths.login, { body: { username, password } });
}

/** The HTTP status of a login attempt: 200 when the password works. */
export async function loginStatus(username: string, password: string): Promise<number> {
  return (await login(username, password)).status;
}

/** Logs in and returns the token; fails loudly when the login does not succeed. */
export async function tokenFor(username: string, password = DEMO_PASSWORD): Promise<string> {
  const { status, body } = await login(username, password);
  if (status !== 200) throw new Error(`login ${username} → ${status} ${JSON.stringify(body)}`);
  return body.data.token;
}

/** Creates a contact's account as `staffUsername`, e.g. a colleague who is quicker. */
export async function createAccountAs(staffUsername: string, contactId: number, email: string) {
  const { status, body } = await call('post', apiPaths.accounts, apiPaths.accounts, { token: await tokenFor(staffUsername), body: { contactId, email } });
  if (status !== 201) throw new Error(`Account not created: ${status}`);
  return body;
}
