/**
 * The deterministic seed: the same organisations, contacts, accounts and contracts on every
 * machine. Only account timestamps are relative to `now` (a temporary password must be valid
 * "for 5 more days" whenever the demo starts); pass the same `now` to get identical data.
 */
import { DAY, HOUR, MINUTE } from './dates';
import { groups, organizations, permissions, staffUsers } from './fixtures';
import { DEMO_CUSTOMER, DEMO_CUSTOMER_WITHOUT_DOCUMENTS, STAFF_WITHOUT_SECOND_FACTOR } from './logins';
import { createRandom, type Random } from './random';
import { buildContact, dossierNumber } from './seedContacts';
import { buildContract, productNamed } from './seedContracts';
import { generateToken } from './passwords';
import { SEEDED_RECOVERY_CODE_HASHES, SEEDED_TEMPORARY_PASSWORD, SEEDED_TOTP_SECRET, seededHashes, UNUSABLE_HASH } from './seedCredentials';
import type { AccountEventRow, AccountRow, ContactRow, ContractRow, NextIds, PreviewRow, SecondFactorRow, SessionRow, Tables } from './types';

export const DEFAULT_SEED_CONTACTS = 250;
/** Contacts beyond this many get no contracts, so a 10,000-contact seed stays light. */
const CONTACTS_WITH_CONTRACTS = 250;
export { SEEDED_TEMPORARY_PASSWORD };

export interface SeedOptions {
  /** Total number of contacts, fixed demo contacts included. */
  contacts?: number;
  /** Epoch ms that account timestamps are relative to. */
  now?: number;
  /**
   * The demo accounts' authenticator apps: every staff user but STAFF_WITHOUT_SECOND_FACTOR, and
   * the demo customer. Off until the login page asks for the second step.
   */
  secondFactors?: boolean;
}

type Status = 'active' | 'awaiting' | 'expired';

/** Fixed demo contacts, then the customers whose accounts show each account status. */
/** `groupIds`: the account's groups when not the usual ['101', '102'] (which grant contracts and documents). */
const fixedContacts: { org: number; first: string; middle: string | null; last: string; email: string | null; status?: Status; groupIds?: string[] }[] = [
  { org: 1, first: 'Jan', middle: 'de', last: 'Vries', email: 'jan.devries@voorbeeld.nl' },
  { org: 1, first: 'Fatima', middle: null, last: 'El Amrani', email: null },
  { org: 2, first: 'Pieter', middle: null, last: 'Bakker', email: 'pieter.bakker@voorbeeld.nl' },
  { org: 1, first: 'Sophie', middle: 'van der', last: 'Meer', email: DEMO_CUSTOMER },
  { org: 2, first: 'Sophie', middle: 'van der', last: 'Meer', email: DEMO_CUSTOMER },
  { org: 1, first: 'Daan', middle: null, last: 'Mulder', email: 'klant.leeg@hub.example' },
  { org: 1, first: 'Eva', middle: null, last: 'Janssen', email: 'eva.janssen@voorbeeld.nl', status: 'awaiting' },
  { org: 1, first: 'Thomas', middle: 'van', last: 'Leeuwen', email: 'thomas.vanleeuwen@voorbeeld.nl', status: 'active' },
  { org: 1, first: 'Mila', middle: 'de', last: 'Graaf', email: 'mila.degraaf@voorbeeld.nl', status: 'expired' },
  { org: 2, first: 'Sem', middle: null, last: 'Dekker', email: 'sem.dekker@voorbeeld.nl', status: 'awaiting' },
  // Sees her contracts but may not download their documents (no `documents.read`).
  { org: 2, first: 'Noor', middle: null, last: 'Hendriks', email: DEMO_CUSTOMER_WITHOUT_DOCUMENTS, status: 'active', groupIds: ['101', '105'] },
  { org: 2, first: 'Julia', middle: 'van den', last: 'Heuvel', email: 'julia.vandenheuvel@voorbeeld.nl', status: 'expired' },
];
export const KLANT_CONTACT_IDS = [4, 5];

function customerAccount(id: number, contact: ContactRow, status: Status, now: number, hash: string, groupIds: string[]): AccountRow {
  const iso = (offsetDays: number) => new Date(now + offsetDays * DAY).toISOString();
  const staff = staffUsers.find((s) => s.organizationId === contact.organizationId) ?? staffUsers[0];
  const base = {
    id,
    username: contact.email!,
    role: 'klant' as const,
    organizationId: null,
    displayName: `${contact.firstName} ${contact.middleName ? `${contact.middleName} ` : ''}${contact.lastName}`,
    contactIds: [contact.id],
    groupIds,
    temporaryPasswordUsedAt: null,
    blockedAt: null,
    blockedByOrganizationIds: [],
    createdBy: staff.name,
    createdByOrganizationId: staff.organizationId,
    activationExpiresAt: null,
    knownUserAgents: [],
  };
  if (status === 'active') {
    return { ...base, passwordHash: hash, temporaryPasswordHash: null, temporaryPasswordExpiresAt: null, createdAt: iso(-120) };
  }
  const [created, expires] = status === 'awaiting' ? [-2, 5] : [-10, -3];
  return { ...base, passwordHash: null, temporaryPasswordHash: hash, temporaryPasswordExpiresAt: iso(expires), createdAt: iso(created) };
}

/** The demo customer's devices: a phone, a laptop and a tablet, each with a session open. */
export const SEEDED_USER_AGENTS = [
  'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  'Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
];

/**
 * Open sessions of the demo customer on their devices, so the security page shows some. Their
 * tokens are random: a fixed one in the source would be a working login to every mock.
 */
function seededSessions(account: AccountRow, now: number): SessionRow[] {
  return SEEDED_USER_AGENTS.map((userAgent, index) => {
    const created = now - (index + 1) * 2 * HOUR;
    return {
      token: generateToken(), id: generateToken().slice(0, 22), accountId: account.id, userAgent, mustChangePassword: false,
      createdAt: new Date(created).toISOString(), lastSeenAt: new Date(created + 40 * MINUTE).toISOString(), expiresAt: new Date(created + 8 * HOUR).toISOString(),
    };
  });
}

/** One past "Bekijk als klant" of the demo customer, by the first organisation's Beheerder. */
function seededPreview(account: AccountRow, now: number): PreviewRow {
  const staff = staffUsers[0];
  const startedAt = now - 20 * DAY - 3 * HOUR;
  return {
    id: 'seeded-preview-1', accountId: account.id, staffId: staff.id, staffName: staff.name, organizationId: staff.organizationId,
    organizationName: organizations.find((o) => o.id === staff.organizationId)!.name,
    startedAt: new Date(startedAt).toISOString(), expiresAt: new Date(startedAt + 15 * MINUTE).toISOString(), endedAt: new Date(startedAt + 6 * MINUTE).toISOString(),
  };
}

/** An authenticator app added a month before `now`, with the demo recovery codes. */
function seededSecondFactor(account: AccountRow, now: number): SecondFactorRow {
  const addedAt = new Date(now - 30 * DAY).toISOString();
  return {
    accountId: account.id,
    totp: { secret: SEEDED_TOTP_SECRET, addedAt, lastUsedAt: null, lastUsedStep: null },
    pendingTotp: null,
    passkeys: [],
    // Fixed per account: the seed is deterministic, and a user handle only needs to be unique.
    webauthnUserId: btoa(`hub-user-${account.id}`).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'),
    recoveryCodes: { hashes: [...SEEDED_RECOVERY_CODE_HASHES], createdAt: addedAt },
  };
}

function contractsFor(rng: Random, contact: ContactRow, tables: Tables, nextId: () => number): ContractRow[] {
  const org = tables.organizations.get(contact.organizationId)!;
  return Array.from({ length: rng.int(1, 4) }, () => buildContract(rng, nextId(), contact, org));
}

/**
 * The history of the seeded customer accounts, so timelines and the audit list are not empty: each
 * was created by a staff member, and an active one was used a day later for the first login, in
 * which the customer chose their own password. (No mail events: the demo outbox starts empty.)
 */
function seededHistory(tables: Tables): AccountEventRow[] {
  const customers = [...tables.accounts.values()].filter((a) => a.role === 'klant');
  const events = customers.flatMap((account): Omit<AccountEventRow, 'id'>[] => {
    const staff = staffUsers.find((s) => s.name === account.createdBy) ?? staffUsers[0];
    const about = { accountId: account.id, username: account.username, contactIds: account.contactIds };
    const created = { ...about, type: 'created' as const, at: account.createdAt, actorId: staff.id, actorName: staff.name, actorRole: staff.role };
    if (account.temporaryPasswordHash !== null) return [created];
    const firstLogin = Date.parse(account.createdAt) + DAY + 2 * HOUR;
    const customer = { ...about, actorId: account.id, actorName: account.displayName, actorRole: 'klant' as const };
    return [
      created,
      { ...customer, type: 'first_login', at: new Date(firstLogin).toISOString() },
      { ...customer, type: 'password_changed', at: new Date(firstLogin + MINUTE).toISOString() },
    ];
  });
  return events.map((event, index) => ({ id: index + 1, ...event }));
}

export function seed(options: SeedOptions = {}): { tables: Tables; nextIds: NextIds } {
  const total = Math.max(options.contacts ?? DEFAULT_SEED_CONTACTS, fixedContacts.length);
  const now = options.now ?? Date.now();
  const people = createRandom(20_260_101);
  const deals = createRandom(42);
  const tables: Tables = {
    organizations: new Map(organizations.map((o) => [o.id, o])),
    groups: new Map(groups.map((g) => [g.id, g])),
    permissions: new Map(permissions.map((p) => [p.id, p])),
    contacts: new Map(),
    accounts: new Map(),
    contracts: new Map(),
    sessions: new Map(),
    events: new Map(),
    mails: new Map(),
    resetTokens: new Map(),
    loginAttempts: new Map(),
    secondFactors: new Map(),
    activationTokens: new Map(),
    previews: new Map(),
  };
  const usedEmails = new Set(fixedContacts.flatMap((c) => (c.email ? [c.email] : [])));
  let accountId = 0;
  let contractId = 0;
  for (const staff of staffUsers) {
    accountId = staff.id;
    tables.accounts.set(staff.id, {
      id: staff.id, username: staff.username, role: staff.role, organizationId: staff.organizationId, displayName: staff.name,
      contactIds: [], groupIds: [], passwordHash: seededHashes[staff.username], temporaryPasswordHash: null,
      temporaryPasswordExpiresAt: null, temporaryPasswordUsedAt: null, blockedAt: null, blockedByOrganizationIds: [], createdAt: '2019-01-07T09:00:00.000Z', createdBy: 'Hub', createdByOrganizationId: null,
      activationExpiresAt: null, knownUserAgents: [],
    });
  }
  fixedContacts.forEach((fixed, index) => {
    const contact: ContactRow = {
      ...buildContact(people, index + 1, fixed.org, new Set()),
      firstName: fixed.first, middleName: fixed.middle, lastName: fixed.last, email: fixed.email, language: 'nl',
    };
    tables.contacts.set(contact.id, contact);
  });
  const klant = { ...customerAccount(++accountId, tables.contacts.get(4)!, 'active', now, seededHashes[DEMO_CUSTOMER], ['101', '102', '103']), contactIds: KLANT_CONTACT_IDS, knownUserAgents: [...SEEDED_USER_AGENTS] };
  tables.accounts.set(klant.id, klant);
  for (const session of seededSessions(klant, now)) tables.sessions.set(session.token, session);
  const preview = seededPreview(klant, now);
  tables.previews.set(preview.id, preview);
  const empty = customerAccount(++accountId, tables.contacts.get(6)!, 'active', now, seededHashes['klant.leeg@hub.example'], ['101']);
  tables.accounts.set(empty.id, empty);
  fixedContacts.forEach((fixed, index) => {
    if (!fixed.status) return;
    const contact = tables.contacts.get(index + 1)!;
    const account = customerAccount(++accountId, contact, fixed.status, now, seededHashes[contact.email!], fixed.groupIds ?? ['101', '102']);
    tables.accounts.set(account.id, account);
  });
  const klantContracts: [number, string, 'active' | 'pending' | 'ended'][] = [
    [4, 'Woonhuisverzekering', 'active'], [4, 'Inboedelverzekering', 'active'],
    [4, 'Autoverzekering WA + Volledig casco', 'active'], [4, 'Annuïteitenhypotheek', 'active'],
    [4, 'Doorlopende reisverzekering', 'ended'], [5, 'Overlijdensrisicoverzekering', 'active'],
    [5, 'Lijfrenteverzekering', 'pending'], [5, 'Hypotheekadvies', 'ended'],
  ];
  for (const [contactId, product, status] of klantContracts) {
    const contact = tables.contacts.get(contactId)!;
    const contract = buildContract(deals, ++contractId, contact, tables.organizations.get(contact.organizationId)!, { product: productNamed(product), status });
    tables.contracts.set(contract.id, contract);
  }
  const statuses: Status[] = ['active', 'awaiting', 'expired'];
  let generatedWithEmail = 0;
  for (let id = fixedContacts.length + 1; id <= total; id++) {
    const contact = buildContact(people, id, people.chance(0.6) ? 1 : 2, usedEmails);
    tables.contacts.set(id, contact);
    if (contact.email && ++generatedWithEmail % 15 === 0) {
      const status = statuses[(generatedWithEmail / 15) % 3];
      const account = customerAccount(++accountId, contact, status, now, UNUSABLE_HASH, ['101']);
      tables.accounts.set(account.id, account);
    }
  }
  for (const contact of tables.contacts.values()) {
    if (contact.id > CONTACTS_WITH_CONTRACTS) break;
    const fixed = contact.id <= fixedContacts.length;
    if (KLANT_CONTACT_IDS.includes(contact.id) || contact.id === 6) continue;
    if (!fixed && !deals.chance(0.6)) continue;
    for (const contract of contractsFor(deals, contact, tables, () => ++contractId)) tables.contracts.set(contract.id, contract);
  }
  const history = seededHistory(tables);
  // The seeded preview is in the Beheerder's organisation's timeline too, as every preview is.
  const previewer = staffUsers[0];
  history.push({
    id: history.length + 1, type: 'previewed', at: preview.startedAt, accountId: klant.id, username: klant.username,
    contactIds: klant.contactIds.filter((id) => tables.contacts.get(id)?.organizationId === previewer.organizationId),
    actorId: previewer.id, actorName: previewer.name, actorRole: previewer.role,
  });
  for (const event of history) tables.events.set(event.id, event);
  if (options.secondFactors) {
    for (const account of tables.accounts.values()) {
      const staff = account.role !== 'klant' && account.username !== STAFF_WITHOUT_SECOND_FACTOR;
      if (staff || account.username === DEMO_CUSTOMER) tables.secondFactors.set(account.id, seededSecondFactor(account, now));
    }
  }
  return { tables, nextIds: { contacts: total + 1, accounts: accountId + 1, events: tables.events.size + 1, mails: 1 } };
}

export { dossierNumber };
