import type { Contact } from '../../core/api/types';

type AddressParts = Pick<Contact, 'street' | 'houseNumber' | 'postalCode' | 'city' | 'country'>;

/** The postal address as Dutch envelopes show it: "Damrak 1" / "1012 AB Amsterdam" (+ country abroad). */
export function addressLines({ street, houseNumber, postalCode, city, country }: AddressParts): string[] {
  const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' ');
  return [join(street, houseNumber), join(postalCode, city), country && country !== 'NL' ? country : '']
    .filter(Boolean);
}
