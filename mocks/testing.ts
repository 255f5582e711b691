/** Helpers for the mock's own tests: call the API like the app does, and check the contract. */
import { expectContractResponse } from '../test/apiSchema';
import { TEST_API_BASE } from './node';

type Method = 'get' | 'post' | 'put';

export interface CallOptions {
  token?: string;
  /** An object is sent as JSON; a string is sent as is (to test malformed bodies). */
  body?: unknown;
  query?: Record<string, unknown>;
}

/** Calls `path` (with ids filled in) and validates the answer against `contractPath`'s schema. */
export async function call(method: Method, contractPath: string, path: string, options: CallOptions = {}) {
  const url = new URL(`${TEST_API_BASE}${path}`);
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  const headers = new Headers();
  if (options.token) headers.set('Authorization', `Bearer ${options.token}`);
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  const response = await fetch(url, {
    method: method.toUpperCase(),
    headers,
    body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
  });
  const headersCopy = response.headers;
  const body = (await expectContractResponse(response, contractPath, method)) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  return { status: response.status, body, headers: headersCopy };
}

export async function login(username: string, password = 'demo') {
  return call('post', '/auth/login', '/auth/login', { body: { username, password } });
}

/** Logs in and returns the token; fails loudly when the login does not succeed. */
export async function tokenFor(username: string, password = 'demo'): Promise<string> {
  const { status, body } = await login(username, password);
  if (status !== 200) throw new Error(`login ${username} → ${status} ${JSON.stringify(body)}`);
  return body.data.token;
}
