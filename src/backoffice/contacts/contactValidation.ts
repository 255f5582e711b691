/** Mirrors the contract's ContactInput; messages are `ra.validation.*` and `hub.contacts.validation.*` keys. */
import { email, maxLength, regex, required, type Validator } from 'react-admin';

const DUTCH_POSTCODE = /^[1-9][0-9]{3} ?[A-Z]{2}$/i;

const dutchPostcodeWhenNL: Validator = (value, values) => {
  const country = (values?.country ?? 'NL') as string;
  if (!value || country.toUpperCase() !== 'NL') return undefined;
  return DUTCH_POSTCODE.test(String(value).trim()) ? undefined : 'hub.contacts.validation.postalCode';
};

export const contactValidators = {
  firstName: [required(), maxLength(100)],
  middleName: [maxLength(30)],
  lastName: [required(), maxLength(100)],
  email: [email(), maxLength(254)],
  phone: [regex(/^[0-9 +\-()]*$/, 'hub.contacts.validation.phone'), maxLength(30)],
  street: [maxLength(100)],
  houseNumber: [maxLength(10)],
  postalCode: [dutchPostcodeWhenNL, maxLength(10)],
  city: [maxLength(100)],
  country: [required(), regex(/^[A-Z]{2}$/, 'hub.contacts.validation.country')],
  dossierNumber: [maxLength(30)],
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
