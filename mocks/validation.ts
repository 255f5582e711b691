/**
 * Input checks shared by the handlers. Wrong JSON types are a 400 (a client bug); missing or
 * invalid values are a 422 with `fields` (something the user can fix). All problems of a
 * request are reported at once.
 */
import { ApiError, type Reasons } from './http';
import { FORBIDDEN_IN_ONE_LINE } from './oneLine';

type Body = Record<string, unknown>;

export class FieldProblems {
  /** Seeded with the contract's findings (requestValidation.ts); the handler adds its own rules. */
  constructor(
    readonly types: Record<string, string> = {},
    readonly values: Record<string, string> = {},
  ) {}
  /** The rule a value broke, where it has a code (422 `reasons`). */
  readonly reasons: Reasons = {};

  /** A value problem with its rule's code. */
  refuse(key: string, problem: { reason: Reasons[string]; message: string }): void {
    this.values[key] = problem.message;
    this.reasons[key] = problem.reason;
  }

  /** Throws the collected problems: type errors first, as they are the client's bug. */
  throwIfAny(): void {
    if (Object.keys(this.types).length) {
      throw new ApiError(400, 'invalid_type', 'Some fields have the wrong type.', this.types);
    }
    if (Object.keys(this.values).length) {
      throw new ApiError(422, 'validation_failed', 'Some fields are missing or invalid.', this.values, this.reasons);
    }
  }
}

/** The same rule as the contract's `format: email` (ajv-formats, full mode), so responses always match it. */
const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

const forbiddenCharacters = { reason: 'text_forbidden_characters', message: 'Must be one line without control characters or direction marks.' } as const;

/** A required text: a string, not blank after trimming, at most `max` characters, one line. */
export function requiredText(body: Body, key: string, problems: FieldProblems, max: number): string {
  const value = body[key];
  if (value === undefined || value === null) {
    problems.values[key] = 'Required.';
    return '';
  }
  if (typeof value !== 'string') {
    problems.types[key] = 'Must be a string.';
    return '';
  }
  const text = value.trim();
  if (text === '') problems.values[key] = 'Required.';
  else if (text.length > max) problems.values[key] = `At most ${max} characters.`;
  else if (FORBIDDEN_IN_ONE_LINE.test(value)) problems.refuse(key, forbiddenCharacters);
  return text;
}

/** An optional text: string or null, one line; blank becomes null. `undefined` when absent. */
export function optionalText(body: Body, key: string, problems: FieldProblems, max: number): string | null | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value !== 'string') {
    problems.types[key] = 'Must be a string or null.';
    return undefined;
  }
  const text = value.trim();
  if (text.length > max) problems.values[key] = `At most ${max} characters.`;
  else if (FORBIDDEN_IN_ONE_LINE.test(value)) problems.refuse(key, forbiddenCharacters);
  return text === '' ? null : text;
}

/** Dutch postcode "1234 AB" (SA, SD and SS are never issued), normalised to that form. */
export function normalisePostcode(value: string): string | null {
  const match = /^([1-9][0-9]{3}) ?([A-Za-z]{2})$/.exec(value.trim());
  if (!match) return null;
  const letters = match[2].toUpperCase();
  return ['SA', 'SD', 'SS'].includes(letters) ? null : `${match[1]} ${letters}`;
}

export const PHONE = /^\+?[0-9 ()-]*[0-9][0-9 ()-]*$/;
