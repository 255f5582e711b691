/** Mirrors the contract's ContactInput; messages are `ra.validation.*` and `hub.contacts.validation.*` keys. */
import { email, maxLength, regex, required, type Validator } from 'react-admin';
import { fieldMessage } from '../../core/api/apiErrorMessage';
import { FORBIDDEN_IN_ONE_LINE } from '../../core/api/inputRules';

const DUTCH_POSTCODE = /^[1-9][0-9]{3} ?[A-Z]{2}$/i;

const dutchPostcodeWhenNL: Validator = (value, values) => {
  const country = (values?.country ?? 'NL') as string;
  if (!value || country.toUpperCase() !== 'NL') return undefined;
  return DUTCH_POSTCODE.test(String(value).trim()) ? undefined : 'hub.contacts.validation.postalCode';
};

/** Spaces alone are no name: what is sent is trimmed, so it would arrive empty. */
const requiredText: Validator = (value) => (typeof value === 'string' && value.trim() === '' ? 'ra.validation.required' : undefined);

/** The contract refuses line breaks, control and bidi characters in one-line texts: say so before sending. */
const oneLine: Validator = (value) =>
  typeof value === 'string' && FORBIDDEN_IN_ONE_LINE.test(value) ? fieldMessage('text_forbidden_characters') : undefined;

export const contactValidators = {
  firstName: [required(), requiredText, oneLine, maxLength(100)],
  middleName: [oneLine, maxLength(30)],
  lastName: [required(), requiredText, oneLine, maxLength(100)],
  email: [email(), maxLength(254)],
  phone: [regex(/^[0-9 +\-()]*$/, 'hub.contacts.validation.phone'), maxLength(30)],
  street: [oneLine, maxLength(100)],
  houseNumber: [oneLine, maxLength(10)],
  postalCode: [dutchPostcodeWhenNL, maxLength(10)],
  city: [oneLine, maxLength(100)],
  country: [required(), regex(/^[A-Z]{2}$/, 'hub.contacts.validation.country')],
  dossierNumber: [oneLine, maxLength(30)],
  language: [required()],
} satisfies Record<string, Validator[]>;

type FormValues = Record<string, unknown>;

/** What is sent: trimmed strings, a Dutch postcode written as `1234 AB`. */
export function normaliseContact<T extends FormValues>(values: T): T {
  const trimmed = Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, typeof value === 'string' ? value.trim() : value]),
  ) as FormValues;
  const postalCode = trimmed.postalCode;
  if (typeof postalCode === 'string' && trimmed.country === 'NL' && DUTCH_POSTCODE.test(postalCode)) {
    const compact = postalCode.replace(/\s/g, '').toUpperCase();
    trimmed.postalCode = `${compact.slice(0, 4)} ${compact.slice(4)}`;
  }
  return trimmed as T;
}
