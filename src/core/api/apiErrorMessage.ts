import { errorBodyOf, HttpError } from './httpClient';
import type { components } from './schema';
import { PASSWORD_LENGTH } from './inputRules';

export { PASSWORD_LENGTH };

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
  'too_many_requests',
  'bad_request',
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
  'second_factor_enrolment_required',
  'second_step_expired',
  'second_factor_invalid',
  'totp_code_used',
  'passkey_not_accepted',
  'passkey_cancelled',
  'totp_already_enrolled',
  'totp_enrolment_missing',
  'totp_code_invalid',
  'passkey_registration_failed',
  'last_second_factor',
  'no_second_factor',
  'session_ended_elsewhere',
  'session_ended_by_staff',
  'activation_link_invalid',
  'activation_link_used',
  'activation_link_expired',
  'activation_link_revoked',
  'account_active',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

const KNOWN: ReadonlySet<string> = new Set(API_ERROR_CODES);

/** The rule a 422 names for a field in `reasons`. */
export type ValidationReason = components['schemas']['ValidationReason'];

const VALIDATION_REASONS: readonly ValidationReason[] = [
  'password_blank',
  'password_too_short',
  'password_too_long',
  'password_personal',
  'password_common',
  'password_unchanged',
  'text_forbidden_characters',
];

/** Why a field was refused: the contract's reason where it names one, else what the client can tell. */
export type FieldReason =
  | ValidationReason
  | 'required'
  | 'too_short'
  | 'too_long'
  | 'invalid_email'
  | 'same_as_temporary'
  | 'same_as_current'
  | 'wrong_current_password'
  | 'invalid';


/**
 * The browser's passkey prompt was closed (WebAuthn's NotAllowedError: cancelled or timed out):
 * no answer of the API, but shown through the same mapping, as `network_error` is.
 */
export function passkeyPromptClosed(): HttpError {
  return new HttpError('hub.errors.passkey_cancelled', 0, { code: 'passkey_cancelled', message: 'The passkey prompt was closed.' });
}

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
  prefix: string;
  /** The codes the page words itself (`<prefix>.<code>`). */
  codes?: readonly string[];
  retry?: readonly string[];
  fallback?: string;
}

export const RETRY_ON_TROUBLE = ['internal_error', 'network_error'] as const;

export function apiErrorMessage(error: unknown, { prefix, codes = [], retry = ['internal_error'], fallback }: PageWords): string {
  const code = apiErrorCode(error);
  if (code && codes.includes(code)) return `${prefix}.${code}`;
  if (code && KNOWN.has(code) && !retry.includes(code)) return codeMessage(code as ApiErrorCode);
  return fallback ?? `${prefix}.failed`;
}

export function refusedFields(error: unknown): string[] {
  return Object.keys(errorBodyOf(error)?.errors ?? {});
}

/** The contract's reason for a refused field, if it names one the client knows. */
export function refusalReason(error: unknown, field: string): ValidationReason | undefined {
  const reason = errorBodyOf(error)?.reasons?.[field];
  return VALIDATION_REASONS.find((known) => known === reason);
}

/** Empty or out-of-bounds the client can tell from what it sent; otherwise it is the form's own rule. */
export function passwordReason(sent: string, otherwise: FieldReason): FieldReason {
  if (!sent) return 'required';
  if (sent.length > PASSWORD_LENGTH.max) return 'too_long';
  if (sent.length < PASSWORD_LENGTH.min) return 'too_short';
  return otherwise;
}

/**
 * The message key for a refused new password: the contract's reason where it names one, else what
 * the client can tell from what it sent. "Unchanged" is worded by the form: the temporary password
 * on the forced change, the current one elsewhere.
 */
export function newPasswordMessage(error: unknown, sent: string, unchanged: 'same_as_temporary' | 'same_as_current'): string {
  const reason = refusalReason(error, 'newPassword');
  return fieldMessage(reason === 'password_unchanged' ? unchanged : (reason ?? passwordReason(sent, unchanged)));
}

/** A blank field is "required", anything else "check this value", never the API's English. */
export function recordFieldMessages(error: unknown, sent: Record<string, unknown>): Record<string, string> | undefined {
  const fields = refusedFields(error);
  if (!fields.length) return undefined;
  return Object.fromEntries(
    fields.map((field) => {
      const value = sent[field];
      const blank = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
      return [field, fieldMessage(refusalReason(error, field) ?? (blank ? 'required' : 'invalid'))];
    }),
  );
}
