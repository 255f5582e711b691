/** Reads and checks a ContactInput body (POST and PUT), ignoring read-only and unknown fields. */
import type { ContactRow } from '../db';
import { isEmail, normalisePostcode, optionalText, PHONE, requiredText, type FieldProblems } from '../validation';

export type EditableContact = Omit<ContactRow, 'id' | 'organizationId' | 'createdAt' | 'updatedAt'>;

/**
 * For a PUT, fields that are absent keep their current value; for a POST they get defaults.
 * Throws 400 (wrong types) or 422 (missing or invalid values) before anything is changed.
 */
export function parseContactInput({ body, problems }: { body: Record<string, unknown>; problems: FieldProblems }, existing?: ContactRow): EditableContact {
  const required = (key: 'firstName' | 'lastName') =>
    body[key] === undefined && existing ? existing[key] : requiredText(body, key, problems, 100);
  const optional = (key: 'middleName' | 'email' | 'phone' | 'street' | 'houseNumber' | 'postalCode' | 'city' | 'dossierNumber', max: number) => {
    const value = optionalText(body, key, problems, max);
    return value === undefined ? (existing?.[key] ?? null) : value;
  };
  const choice = (key: 'country' | 'language', fallback: string) => {
    const value = body[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value !== 'string') problems.types[key] = 'Must be a string.';
    return String(value).trim();
  };

  const contact: EditableContact = {
    firstName: required('firstName'),
    middleName: optional('middleName', 30),
    lastName: required('lastName'),
    email: optional('email', 254)?.toLowerCase() ?? null,
    phone: optional('phone', 30),
    street: optional('street', 100),
    houseNumber: optional('houseNumber', 10),
    postalCode: optional('postalCode', 10),
    city: optional('city', 100),
    country: choice('country', existing?.country ?? 'NL').toUpperCase(),
    dossierNumber: optional('dossierNumber', 30),
    language: choice('language', existing?.language ?? 'nl') as EditableContact['language'],
  };

  if (contact.email && !problems.values.email && !isEmail(contact.email)) problems.values.email = 'Not a valid email address.';
  if (contact.phone && !problems.values.phone && !PHONE.test(contact.phone)) {
    problems.values.phone = 'Use digits, spaces, +, -, ( and ) only.';
  }
  if (!/^[A-Z]{2}$/.test(contact.country)) problems.values.country = 'Use a two-letter country code, e.g. NL.';
  if (contact.language !== 'nl' && contact.language !== 'en') problems.values.language = 'Must be nl or en.';
  if (contact.postalCode && contact.country === 'NL' && !problems.values.postalCode) {
    const postcode = normalisePostcode(contact.postalCode);
    if (postcode) contact.postalCode = postcode;
    else problems.values.postalCode = 'Not a Dutch postal code (e.g. 1234 AB).';
  }
  problems.throwIfAny();
  return contact;
}
