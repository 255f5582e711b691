/** The seeded people the tests meet (mocks/db/seed.ts), named as the stories name them. */

export const DEMO_PASSWORD = 'demo';

/** Organisation 1's contacts without an account. */
export const JAN = { contactId: 1, name: 'Jan de Vries', email: 'jan.devries@voorbeeld.nl' };
export const FATIMA = { contactId: 2, name: 'Fatima El Amrani' }; // has no email
/** The demo customer klant@hub.example, shared: contact 4 at organisation 1, contact 5 at organisation 2, one account. */
export const SOPHIE = { contactId: 4, otherContactId: 5, name: 'Sophie van der Meer', email: 'klant@hub.example' };

/** Organisation 1's customers with an account, in three states. */
export const EVA = { contactId: 7, name: 'Eva Janssen', email: 'eva.janssen@voorbeeld.nl' }; // awaiting first login
export const THOMAS = { contactId: 8, name: 'Thomas van Leeuwen', email: 'thomas.vanleeuwen@voorbeeld.nl' }; // active
export const MILA = { contactId: 9, name: 'Mila de Graaf', email: 'mila.degraaf@voorbeeld.nl' }; // temporary password expired

/** The demo customer, with contracts at both organisations. */
export const KLANT = 'klant@hub.example';
/** The demo customer without contracts. */
export const KLANT_WITHOUT_CONTRACTS = 'klant.leeg@hub.example';
