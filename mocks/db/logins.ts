/**
 * The seed's logins that the demo offers on its login page, apart from the other fixtures so the
 * demo's first chunk takes only these few lines.
 */
/** Staff display names, used as `createdBy` of the accounts they create. */
export const staffUsers = [
  { id: 1, username: 'beheerder@hub.example', name: 'Marloes van Dijk', role: 'beheerder', organizationId: 1 },
  { id: 2, username: 'relatiebeheerder@hub.example', name: 'Ruud Visser', role: 'relatiebeheerder', organizationId: 1 },
  { id: 3, username: 'medewerker@hub.example', name: 'Lotte Smit', role: 'medewerker', organizationId: 1 },
  { id: 4, username: 'beheerder2@hub.example', name: 'Erik van den Berg', role: 'beheerder', organizationId: 2 },
] as const;

/** The demo customer: one login, a contact in both organisations (a shared account). */
export const DEMO_CUSTOMER = 'klant@hub.example';

/** A customer of organisation 2 who sees her contracts but may not download their documents. */
export const DEMO_CUSTOMER_WITHOUT_DOCUMENTS = 'noor.hendriks@voorbeeld.nl';

/** The password of the staff users and the demo customer (their hashes: seedCredentials.ts). */
export const DEMO_PASSWORD = 'demo';

/** The logins the demo's login page and the README offer: the staff users, then the customers. */
export const demoLogins = [
  ...staffUsers.map(({ username, role }) => ({ username, role })),
  { username: DEMO_CUSTOMER, role: 'klant' as const },
  { username: DEMO_CUSTOMER_WITHOUT_DOCUMENTS, role: 'klant' as const },
];

/**
 * The authenticator app of every seeded staff user (but one) and the demo customer: one known key,
 * so the demo and the tests compute the current code without a phone.
 */
export const DEMO_TOTP_SECRET = 'QDK5Y2RWKAXFCEHZHK3MEJ4S2VXCVEC3';

/** The staff user seeded without a second factor: the demo of the enrolment that staff cannot skip. */
export const STAFF_WITHOUT_SECOND_FACTOR = 'beheerder2@hub.example';

/** The seeded accounts' recovery codes (each works once; their hashes: seedCredentials.ts). */
export const DEMO_RECOVERY_CODES = ['3SHB-SVVC-VP', 'DBCJ-TLMR-DY', 'RHYZ-6C8P-UV', 'G2TC-TXNK-2F', 'A3DS-7U7P-C3', '4AZM-8LPU-DU', 'CZDP-5AZE-K9', '9FE8-3K67-3W', 'WTCN-V5HJ-XG', 'Y6NH-WD29-GH'];
