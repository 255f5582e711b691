// Answers in fetchUtils.fetchJson's shape without importing it: it would bring query-string into
// the first chunk (docs/performance.md, Where the customer pages' bytes go, and the floor).
import { apiPaths } from './paths';
import { apiUrl } from './apiUrl';
import { readSession } from '../session/session';

export class HttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: unknown = null,
    /** The bearer token the request went with: a 401 speaks of that session only. */
    readonly sentToken?: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export interface HubErrorBody {
  code: string;
  message: string;
  errors?: Record<string, string>;
  /** The rule each refused field broke, where the contract names one (`ValidationReason`). */
  reasons?: Record<string, string>;
}

export const NETWORK_ERROR_CODE = 'network_error';

export function withAuthHeaders(options: RequestInit): Headers {
  const headers = new Headers(options.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  const session = readSession();
  if (session && !headers.has('Authorization')) headers.set('Authorization', `Bearer ${session.token}`);
  return headers;
}

export function parseErrorBody(body: unknown, status: number): HubErrorBody {
  const error = (body as { error?: { code?: unknown; message?: unknown; fields?: unknown; reasons?: unknown } })?.error;
  return {
    code: typeof error?.code === 'string' ? error.code : `http_${status}`,
    message: typeof error?.message === 'string' ? error.message : `HTTP ${status}`,
    ...(error?.fields && typeof error.fields === 'object'
      ? { errors: error.fields as Record<string, string> }
      : {}),
    ...(error?.reasons && typeof error.reasons === 'object' ? { reasons: error.reasons as Record<string, string> } : {}),
  };
}

function withContentType(options: RequestInit, headers: Headers): Headers {
  const sendsJson = options.body && options.method && options.method !== 'GET' && !(options.body instanceof FormData);
  if (sendsJson && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  return headers;
}

function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // not JSON (an empty 204, an HTML error page of a proxy): `body` has the text
  }
}

export async function httpClient(url: string, options: RequestInit = {}) {
  let response: Response;
  let body: string;
  const headers = withContentType(options, withAuthHeaders(options));
  try {
    response = await fetch(url, { ...options, headers });
    body = await response.text();
  } catch (error) {
    if ((error as Error)?.name === 'AbortError') throw error;
    throw networkError();
  }
  const json = parsedJson(body);
  if (!response.ok) {
    const errorBody = parseErrorBody(json, response.status);
    throw new HttpError(errorBody.message, response.status, errorBody, headers.get('Authorization')?.replace(/^Bearer /, ''));
  }
  return { status: response.status, headers: response.headers, body, json };
}

export function networkError(): HttpError {
  return new HttpError('hub.errors.network_error', 0, {
    code: NETWORK_ERROR_CODE,
    message: 'The Hub API could not be reached.',
  } satisfies HubErrorBody);
}

export async function postJson<T>(path: string, body?: unknown): Promise<T> {
  const { json } = await httpClient(`${apiUrl}${path}`, {
    method: 'POST',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return json as T;
}

export function errorBodyOf(error: unknown): HubErrorBody | undefined {
  return error instanceof HttpError ? (error.body as HubErrorBody) : undefined;
}

// `keepalive` lets the request finish when the tab closes right after logging out.
export function sendLogout(token: string): void {
  void httpClient(`${apiUrl}${apiPaths.logout}`, {
    method: 'POST',
    keepalive: true,
    headers: new Headers({ Authorization: `Bearer ${token}` }),
  }).catch(() => undefined);
}
