/**
 * The one mapping from a failed Hub API call to the words the user reads: every error code of
 * the contract (and `network_error`, a request that got no answer) has its own `hub.errors.<code>`,
 * every reason the API can refuse a field its own `hub.errors.field.<reason>`. What a 403 forbade
 * or a 404 did not find only the page can say, so a page may word a few codes itself.
 */
import { errorBodyOf, HttpError } from './httpClient';

/** Every code the contract names, plus the client's own `network_error` (apiErrorMessage.test.ts keeps them in step). */
export const API_ERROR_CODES = [
  'unauthorized',
  'forbidden',
  'not_found',
  'validation_failed',
  'invalid_json',
  'invalid_type',
  'invalid_url',
  'invalid_query',
  'range_too_large',
  'payload_too_large',
  'unsupported_media_type',
  'method_not_allowed',
  'too_many_attempts',
  'internal_error',
  'network_error',
  'invalid_credentials',
  'temporary_password_expired',
  'temporary_password_used',
  'password_change_required',
  'preview_read_only',
  'account_blocked',
  'account_already_blocked',
  'account_not_blocked',
  'account_shared',
  'contact_has_account',
  'email_in_use',
  'documents_not_allowed',
  'reset_token_invalid',
  'reset_token_used',
  'reset_token_expired',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

const KNOWN: ReadonlySet<string> = new Set(API_ERROR_CODES);

/** The reasons a 422 gives for one field; the contract words them in English only, so the client tells them apart. */
export type FieldReason =
  | 'required'
  | 'too_short'
  | 'too_long'
  | 'invalid_email'
  | 'same_as_temporary'
  | 'same_as_current'
  | 'wrong_current_password'
  | 'invalid';

/** The contract's bounds of a password (login, change and reset requests). */
export const PASSWORD_LENGTH = { min: 10, max: 200 } as const;

/** The contract's code of a failed call; undefined for anything that is not an API answer. */
export function apiErrorCode(error: unknown): string | undefined {
  return errorBodyOf(error)?.code;
}

export function apiErrorStatus(error: unknown): number | undefined {
  return error instanceof HttpError ? error.status : undefined;
}

export function codeMessage(code: ApiErrorCode): string {
  return `hub.errors.${code}`;
}

export function fieldMessage(reason: FieldReason): string {
  return `hub.errors.field.${reason}`;
}

export interface PageWords {
  /** Key prefix of the page's own words, e.g. `hub.bulk_accounts.errors`. */
  prefix: string;
  /** The codes the page words itself (`<prefix>.<code>`), e.g. what was forbidden or not found. */
  codes?: readonly string[];
  /** The codes that mean "try again", said in the page's words (a server failure always is). */
  retry?: readonly string[];
  /** The page's "try again" for those and for an answer no code explains; `<prefix>.failed` unless named. */
  fallback?: string;
}

/** For pages whose "try again" already says that the Hub was unreachable or had a problem. */
export const RETRY_ON_TROUBLE = ['internal_error', 'network_error'] as const;

/** The message key of a failed call. */
export function apiErrorMessage(error: unknown, { prefix, codes = [], retry = ['internal_error'], fallback }: PageWords): string {
  const code = apiErrorCode(error);
  if (code && codes.includes(code)) return `${prefix}.${code}`;
  if (code && KNOWN.has(code) && !retry.includes(code)) return codeMessage(code as ApiErrorCode);
  return fallback ?? `${prefix}.failed`;
}

/** The fields a 422 (or 409 `email_in_use`) names, or none. */
export function refusedFields(error: unknown): string[] {
  return Object.keys(errorBodyOf(error)?.errors ?? {});
}

/**
 * Why the API refused a password it names in `fields`: empty, or outside the contract's bounds,
 * the client can tell from what it sent; otherwise it is the rule the form is about (`otherwise`).
 */
export function passwordReason(sent: string, otherwise: FieldReason): FieldReason {
  if (!sent) return 'required';
  if (sent.length > PASSWORD_LENGTH.max) return 'too_long';
  if (sent.length < PASSWORD_LENGTH.min) return 'too_short';
  return otherwise;
}

/**
 * The field messages of a refused record form (react-admin shows them under the inputs): a
 * blank field is "required", anything else "check this value", never the API's English.
 */
export function recordFieldMessages(error: unknown, sent: Record<string, unknown>): Record<string, string> | undefined {
  const fields = refusedFields(error);
  if (!fields.length) return undefined;
  return Object.fromEntries(
    fields.map((field) => {
      const value = sent[field];
      const blank = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
      return [field, fieldMessage(blank ? 'required' : 'invalid')];
    }),
  );
}
