/**
 * Shared bits of the portal's integration tests: what the seeded store says about the demo
 * customer (so expectations follow the seed), failing an endpoint, and a phone-sized screen.
 */
import { http, HttpResponse } from 'msw';
import { db, KLANT_CONTACT_IDS } from '../../mocks/db';
import { server, TEST_API_BASE } from '../../mocks/node';

export const KLANT = 'klant@hub.example';
/** The demo customer without contracts. */
export const KLANT_WITHOUT_CONTRACTS = 'klant.leeg@hub.example';

/** The demo customer's contracts as the store holds them. */
export function klantContracts() {
  return [...db.tables.contracts.values()].filter((contract) => KLANT_CONTACT_IDS.includes(contract.contactId));
}

/** A contract of some other customer: the portal must not show it to klant@hub.example. */
export function otherCustomersContract() {
  return [...db.tables.contracts.values()].find((contract) => !KLANT_CONTACT_IDS.includes(contract.contactId))!;
}

/** The demo customer's dossiers: organisation name → dossier number. */
export function klantDossiers() {
  return KLANT_CONTACT_IDS.map((id) => {
    const contact = db.tables.contacts.get(id)!;
    return { organisation: db.tables.organizations.get(contact.organizationId)!, dossierNumber: contact.dossierNumber! };
  });
}

/**
 * The next `times` calls to GET `path` answer 500. Portal queries retry a server error once by
 * themselves, so 2 makes the page show its error.
 */
export function failGet(path: string, times = 2) {
  let left = times;
  server.use(
    http.get(`${TEST_API_BASE}${path}`, () => {
      if (left-- <= 0) return undefined;
      return HttpResponse.json({ error: { code: 'internal', message: 'Boom.' } }, { status: 500 });
    }),
  );
}
