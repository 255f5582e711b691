/**
 * What every handler shares: error bodies, the auth guard, JSON bodies and ra-data-simple-rest
 * list parameters. Handlers throw `ApiError`; `route()` turns it into the contract's error body.
 */
import { HttpResponse, delay, type DefaultBodyType, type HttpResponseResolver, type PathParams } from 'msw';
import type { components } from '../src/core/api/schema';
import { canAccess } from '../src/core/roles';
import { config, db, dropSession, findSession, touchSession, type AccountRow, type SessionRow } from './db';

export type Schemas = components['schemas'];
type Fields = Record<string, string>;
export type Reasons = Record<string, Schemas['ValidationReason']>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Fields,
    readonly reasons?: Reasons,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export function errorResponse(status: number, code: string, message: string, fields?: Fields, reasons?: Reasons, headers?: Record<string, string>) {
  const error: Schemas['ErrorBody']['error'] = { code, message, ...(fields && { fields }), ...(reasons && Object.keys(reasons).length > 0 && { reasons }) };
  return HttpResponse.json<Schemas['ErrorBody']>({ error }, { status, headers });
}

/** 429: the contract's `TooManyAttempts`, with the seconds to wait in `Retry-After`. */
export function tooManyAttempts(retryAfterMs: number): ApiError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new ApiError(429, 'too_many_attempts', `Too many failed attempts. Try again in ${Math.ceil(seconds / 60)} minute(s).`, undefined, undefined, { 'Retry-After': String(seconds) });
}

export const notFound = () => new ApiError(404, 'not_found', 'Not found.');

/** Wraps a resolver: optional latency, `config.aroundRequest`, and ApiError (or a bug) → a contract error body. */
export function route<Params extends PathParams>(resolver: HttpResponseResolver<Params, DefaultBodyType>): HttpResponseResolver<Params, DefaultBodyType> {
  return async (info) => {
    // Outside the lock of `aroundRequest`: parallel requests wait their latency side by side.
    if (config.latencyMs) await delay(config.latencyMs[0] + Math.random() * (config.latencyMs[1] - config.latencyMs[0]));
    const handle = async () => {
      try {
        return await resolver(info);
      } catch (error) {
        if (error instanceof ApiError) return errorResponse(error.status, error.code, error.message, error.fields, error.reasons, error.headers);
        // The details go to the server's log, never to the client.
        console.error('[mock api]', error);
        return errorResponse(500, 'internal_error', 'The mock API failed unexpectedly.');
      }
    };
    return config.aroundRequest ? config.aroundRequest(handle) : handle();
  };
}

/**
 * Where a request comes from, for login protection. Over HTTP the server sets this header from the
 * socket's address, replacing whatever the client sent (mocks/httpEdges.ts); in the browser demo
 * and in Node tests every request comes from the one local client unless a test says otherwise.
 */
export const CLIENT_HEADER = 'X-Hub-Client-Address';

export function clientOf(request: Request): string {
  return request.headers.get(CLIENT_HEADER) ?? 'local';
}

export function bearerToken(request: Request): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('Authorization') ?? '');
  return match ? match[1] : null;
}

export interface Caller {
  account: AccountRow;
  session: SessionRow;
}

export const previewReadOnly = () => new ApiError(403, 'preview_read_only', 'A preview token may only read the customer\'s "mine" endpoints.');

/**
 * 401 without a live session. A session opened with a temporary password may do nothing else. A
 * staff member's preview session is refused (403) unless the endpoint reads "mine" data
 * (`allowPreview`); it is not the customer's own, so blocking the customer does not end it. A staff
 * member without a second factor may only enrol one (`allowEnrolment`).
 */
export function authenticate(request: Request, { allowPasswordChange = false, allowPreview = false, allowEnrolment = false } = {}): Caller {
  const token = bearerToken(request);
  const found = token ? findSession(token) : undefined;
  if (!found) throw new ApiError(401, 'unauthorized', 'Log in first: the token is missing, unknown or expired.');
  if (found.session.preview) {
    // The staff member's block ends what they opened, like their logout and password change do.
    const staff = db.tables.accounts.get(found.session.preview.staffId);
    if (!staff || staff.blockedAt) {
      dropSession(found.session);
      throw new ApiError(401, 'unauthorized', 'Log in first: the token is missing, unknown or expired.');
    }
    if (!allowPreview) throw previewReadOnly();
    return found;
  }
  // Blocking marks the sessions; checking the account too keeps a blocked account out whatever happened.
  if (found.session.endedReason === 'account_blocked' || found.account.blockedAt) {
    db.deleteSession(found.session.token);
    throw new ApiError(401, 'account_blocked', 'Your account has been blocked. Contact your organisation.');
  }
  if (found.session.endedReason) {
    db.deleteSession(found.session.token);
    throw endedElsewhere[found.session.endedReason]();
  }
  if (found.session.mustChangePassword && !allowPasswordChange) {
    throw new ApiError(403, 'password_change_required', 'Change the temporary password first.');
  }
  if (found.session.mustEnrolSecondFactor && !allowEnrolment) {
    throw new ApiError(403, 'second_factor_enrolment_required', 'Add a second factor first: an authenticator app or a passkey.');
  }
  return { account: found.account, session: touchSession(found.session) };
}

/** Why a session ended from elsewhere, said once, on its next call. */
const endedElsewhere = {
  session_ended_elsewhere: () => new ApiError(401, 'session_ended_elsewhere', 'This session was ended from another session of the account. Log in again.'),
  session_ended_by_staff: () => new ApiError(401, 'session_ended_by_staff', 'Your organisation ended every session of this account. Log in again.'),
} as const;

/** 401 / 403 by the role rules shared with the app (`src/core/roles.ts`). */
export function authorize(request: Request, resource: string, action: string): Caller {
  const caller = authenticate(request);
  if (!canAccess(caller.account.role, resource, action)) {
    throw new ApiError(403, 'forbidden', 'Your role may not do this.');
  }
  return caller;
}

/** The largest request body the API reads; anything bigger is a 413, refused before it is read whole. */
export const MAX_BODY_BYTES = 64 * 1024;

/** `application/json`, with or without parameters such as `charset`. */
export function isJsonContentType(value: string | null): boolean {
  return value !== null && /^application\/json\s*(;|$)/i.test(value.trim());
}

export const tooLarge = () => new ApiError(413, 'payload_too_large', `The request body is larger than ${MAX_BODY_BYTES / 1024} kB.`);
export const notJson = () => new ApiError(415, 'unsupported_media_type', 'Send the request body as Content-Type: application/json.');

/**
 * The body as text, read up to MAX_BODY_BYTES: a longer one stops the reading with a 413 (an
 * announced Content-Length over it never gets here: see handlers/requestGuard.ts).
 */
export async function readBoundedText(request: Request): Promise<string> {
  const reader = request.body?.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
    size += part.value.byteLength;
    if (size > MAX_BODY_BYTES) {
      // Not awaited: cancelling one branch of a tee'd stream (MSW clones requests) settles only
      // once every branch is cancelled.
      reader!.cancel().catch(() => undefined);
      throw tooLarge();
    }
    text += decoder.decode(part.value, { stream: true });
  }
  return text + decoder.decode();
}

export { HttpResponse };

type EndpointMatch = { matches: boolean; params: Record<string, string> };

/**
 * An MSW predicate for a contract path, `{id}` placeholders becoming params. Exact: case-sensitive
 * and no trailing slash, as the contract names its paths (MSW's own path matching ignores case
 * and a trailing slash, so `/DEMO/OUTBOX/` would answer as `/demo/outbox`).
 */
export function endpoint(apiBase: string, path: string): (info: { request: Request }) => EndpointMatch {
  const base = apiBase.replace(/\/$/, '');
  const names: string[] = [];
  const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  const pattern = new RegExp(`^${source}$`);
  return ({ request }) => {
    const url = new URL(request.url);
    const full = `${url.origin}${url.pathname}`;
    const rest = base === '' ? url.pathname : full.startsWith(`${base}/`) ? full.slice(base.length) : null;
    const match = rest === null ? null : pattern.exec(rest);
    if (!match) return { matches: false, params: {} };
    // The request guard answered any path that does not decode before this runs.
    return { matches: true, params: Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1])])) };
  };
}

/** A path id; anything that is not a positive integer cannot exist (404, like an unknown id). */
export function pathId(value: string | readonly string[] | undefined): number {
  const id = typeof value === 'string' && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : NaN;
  if (Number.isNaN(id)) throw notFound();
  return id;
}
