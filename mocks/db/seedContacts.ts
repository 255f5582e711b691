/** Generates Dutch contacts: names with tussenvoegsels, addresses with real postcode ranges, phones. */
import { DAY, HOUR, MINUTE } from './dates';
import { cities, emailDomains, firstNames, plainSurnames, postcodeLetters, prefixedSurnames, streets } from './names';
import type { Random } from './random';
import type { ContactRow } from './types';

// Split once: spreading the string for every pick made the seed twice as slow on a phone.
const postcodeLetterList = [...postcodeLetters];
const dossierPrefix: Record<number, string> = { 1: 'VA', 2: 'NL' };
/** The day the oldest seeded contact may have been created. */
const FIRST_CONTACT_DAY = Date.UTC(2019, 0, 7);

export function dossierNumber(organizationId: number, contactId: number): string {
  return `${dossierPrefix[organizationId] ?? 'HUB'}-${String(100_000 + contactId * 7).padStart(6, '0')}`;
}

/** "Van der Meer" → "vandermeer"; accents and spaces removed, for email local parts. */
function emailPart(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/[^a-zA-Z]/g, '').toLowerCase();
}

export function uniqueEmail(first: string, middle: string | null, last: string, domain: string, used: Set<string>): string {
  const base = `${emailPart(first)}.${emailPart(`${middle ?? ''}${last}`)}`;
  let email = `${base}@${domain}`;
  for (let n = 2; used.has(email); n++) email = `${base}${n}@${domain}`;
  used.add(email);
  return email;
}

function phone(rng: Random, areaCode: string): string {
  if (rng.chance(0.7)) return `06 ${rng.int(10_000_000, 99_999_999)}`;
  const digits = 10 - areaCode.length;
  return `${areaCode} ${rng.int(10 ** (digits - 1), 10 ** digits - 1)}`;
}

export function buildContact(rng: Random, id: number, organizationId: number, usedEmails: Set<string>): ContactRow {
  const firstName = rng.pick(firstNames);
  const [middleName, lastName] = rng.chance(0.4) ? rng.pick(prefixedSurnames) : [null, rng.pick(plainSurnames)];
  const place = rng.pick(cities);
  const letters = () => {
    for (;;) {
      const pair = rng.pick(postcodeLetterList) + rng.pick(postcodeLetterList);
      if (pair !== 'SA' && pair !== 'SD' && pair !== 'SS') return pair;
    }
  };
  // A working hour's whole minute (UTC), changed again on the same time of day up to 30 days later.
  const createdAt = FIRST_CONTACT_DAY + rng.int(0, 2850) * DAY + rng.int(7, 18) * HOUR + rng.int(0, 59) * MINUTE;
  const updatedAt = createdAt + rng.int(0, 30) * DAY;
  return {
    id,
    organizationId,
    firstName,
    middleName,
    lastName,
    email: rng.chance(0.88) ? uniqueEmail(firstName, middleName, lastName, rng.pick(emailDomains), usedEmails) : null,
    phone: rng.chance(0.9) ? phone(rng, place.areaCode) : null,
    street: rng.pick(streets),
    houseNumber: rng.chance(0.85) ? String(rng.int(1, 240)) : `${rng.int(1, 120)}${rng.pick(['a', 'b', '-2', ' hs'])}`,
    postalCode: `${rng.int(place.from, place.to)} ${letters()}`,
    city: place.city,
    country: 'NL',
    dossierNumber: dossierNumber(organizationId, id),
    language: rng.chance(0.9) ? 'nl' : 'en',
    createdAt,
    updatedAt,
  };
}
