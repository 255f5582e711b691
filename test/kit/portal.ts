/**
 * Shared bits of the portal's integration tests: what the seeded store says about the demo
 * customer, so that expectations follow the seed.
 */
import { db, KLANT_CONTACT_IDS } from '../../mocks/db';

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
