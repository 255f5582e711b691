/**
 * Every error code the contract names has one message, in Dutch and in English. The codes are
 * read from hub-api.yaml itself: the backticked snake_case words of its texts, every
 * `code: <word>` and the examples of ErrorBody's `code`, so a code added to the contract fails
 * here until it has its words.
 */
import { parse } from 'yaml';
import hubApiYaml from './hub-api.yaml?raw';
import { en } from '../i18n/en';
import { nl } from '../i18n/nl';
import { flattenKeys } from '../i18n/messages';
import { HttpError, networkError } from './httpClient';
import { API_ERROR_CODES, apiErrorMessage, passwordReason, RETRY_ON_TROUBLE } from './apiErrorMessage';

const contract = parse(hubApiYaml);

function contractCodes(): string[] {
  // Event types and validation reasons are words of their own, not error codes.
  const words = new Set<string>([...contract.components.schemas.AccountEventType.enum, ...contract.components.schemas.ValidationReason.enum]);
  const named = [...hubApiYaml.matchAll(/`([a-z]+(?:_[a-z]+)+)`|`?\bcode: ([a-z]+(?:_[a-z]+)*)/g)].map((match) => match[1] ?? match[2]);
  const codeDoc: string = contract.components.schemas.ErrorBody.properties.error.properties.code.description;
  const examples = [...codeDoc.matchAll(/`([a-z_]+)`/g)].map((match) => match[1]);
  return [...new Set([...named, ...examples])].filter((code) => !words.has(code)).sort();
}

const failure = (status: number, code: string) => new HttpError(code, status, { code, message: 'English text' });

it('finds the codes the contract names', () => {
  expect(contractCodes()).toEqual(expect.arrayContaining(['email_in_use', 'preview_read_only', 'range_too_large', 'reset_token_expired', 'unauthorized']));
});

describe.each([
  ['nl', nl],
  ['en', en],
])('the %s catalogue', (_, messages) => {
  const keys = new Set(flattenKeys(messages));
  it('has a message for every code of the contract and the client', () => {
    const codes = new Set([...contractCodes(), ...API_ERROR_CODES]);
    expect([...codes].filter((code) => !keys.has(`hub.errors.${code}`))).toEqual([]);
  });
  it('has a message for every reason a 422 can name', () => {
    const reasons: string[] = contract.components.schemas.ValidationReason.enum;
    expect(reasons.filter((reason) => !keys.has(`hub.errors.field.${reason}`))).toEqual([]);
  });
});

it('maps every code of the contract, so no page falls back to its "try again" for it', () => {
  expect(contractCodes().filter((code) => !(API_ERROR_CODES as readonly string[]).includes(code))).toEqual([]);
});

it('lets a page word what was forbidden or not found, and its "try again"', () => {
  const page = { prefix: 'page', codes: ['forbidden'], retry: RETRY_ON_TROUBLE };
  expect(apiErrorMessage(failure(403, 'forbidden'), page)).toBe('page.forbidden');
  expect(apiErrorMessage(failure(409, 'email_in_use'), page)).toBe('hub.errors.email_in_use');
  expect(apiErrorMessage(networkError(), page)).toBe('page.failed');
  expect(apiErrorMessage(networkError(), { prefix: 'page' })).toBe('hub.errors.network_error');
  expect(apiErrorMessage(failure(500, 'internal_error'), { prefix: 'page' })).toBe('page.failed');
  expect(apiErrorMessage(failure(502, 'http_502'), { prefix: 'page', fallback: 'page.other' })).toBe('page.other');
  expect(apiErrorMessage(new Error('bug'), { prefix: 'page' })).toBe('page.failed');
});

it('tells a refused password too long or too short apart from the rule the form is about', () => {
  expect(passwordReason('a'.repeat(129), 'same_as_temporary')).toBe('too_long');
  expect(passwordReason('a'.repeat(128), 'same_as_temporary')).toBe('same_as_temporary');
  expect(passwordReason('short', 'same_as_current')).toBe('too_short');
  expect(passwordReason('', 'same_as_current')).toBe('required');
});
