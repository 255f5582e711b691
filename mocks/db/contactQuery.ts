/**
 * Contact list queries (filter, sort, range) over 10,000+ contacts: each sort order is made once
 * per store version (on first use), so a query is one walk through it, testing each contact.
 */
import { db } from './store';
import type { ContactRow } from './types';

export const contactSortFields = ['id', 'lastName', 'firstName', 'email', 'createdAt', 'updatedAt', 'dossierNumber', 'city'] as const;
export type ContactSortField = (typeof contactSortFields)[number];

export interface ContactQuery {
  /** Only contacts of this organisation (the caller's reach). */
  scopeOrganizationId: number;
  q?: string;
  hasAccount?: boolean;
  organizationId?: number;
  ids?: number[];
  sort: { field: ContactSortField; order: 'ASC' | 'DESC' };
  range: [number, number];
}

/** Lower case without accents: "Zoë" → "zoe", for comparisons that ignore both. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

const LAST = '\uffff';

function sortKey(contact: ContactRow, field: ContactSortField): string | number {
  switch (field) {
    case 'id':
      return contact.id;
    case 'lastName':
      return `${fold(contact.lastName)}\u0000${fold(contact.firstName)}\u0000${fold(contact.middleName ?? '')}`;
    case 'firstName':
      return `${fold(contact.firstName)}\u0000${fold(contact.lastName)}`;
    case 'createdAt':
    case 'updatedAt':
      // Epoch ms sort as their ISO strings do (same format, four-digit years).
      return contact[field];
    default:
      return contact[field] === null ? LAST : fold(contact[field]);
  }
}

let cacheVersion = -1;
let cachedTables: unknown;
/** Per organisation, its contacts in id order; sorted copies per field are made on first use. */
let contactsByOrg = new Map<number, ContactRow[]>();
const sortedByOrg = new Map<string, ContactRow[]>();

/** For `q`: whether the contact's folded names and email hold every word ("zoe de" finds Zoë de Vries). */
function hasWords(contact: ContactRow, words: string[]): boolean {
  const text = fold(`${contact.firstName} ${contact.middleName ?? ''} ${contact.lastName} ${contact.email ?? ''}`);
  return words.every((word) => text.includes(word));
}

function ensureCaches() {
  if (cacheVersion === db.contactsVersion && cachedTables === db.tables) return;
  cacheVersion = db.contactsVersion;
  cachedTables = db.tables;
  sortedByOrg.clear();
  contactsByOrg = new Map();
  for (const contact of db.tables.contacts.values()) {
    const list = contactsByOrg.get(contact.organizationId);
    if (list) list.push(contact);
    else contactsByOrg.set(contact.organizationId, [contact]);
  }
}

function sortedContacts(organizationId: number, field: ContactSortField): ContactRow[] {
  const cacheKey = `${organizationId}:${field}`;
  let sorted = sortedByOrg.get(cacheKey);
  if (!sorted) {
    const keyed = (contactsByOrg.get(organizationId) ?? []).map((contact) => ({ contact, key: sortKey(contact, field) }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.contact.id - b.contact.id));
    sorted = keyed.map(({ contact }) => contact);
    sortedByOrg.set(cacheKey, sorted);
  }
  return sorted;
}

export function queryContacts(query: ContactQuery): { items: ContactRow[]; total: number } {
  ensureCaches();
  if (query.organizationId !== undefined && query.organizationId !== query.scopeOrganizationId) return { items: [], total: 0 };
  const words = fold(query.q ?? '').split(/\s+/).filter(Boolean);
  const wanted = query.ids ? new Set(query.ids) : null;
  const contacts = sortedContacts(query.scopeOrganizationId, query.sort.field);
  const [first, last] = query.range;
  const descending = query.sort.order === 'DESC';
  const items: ContactRow[] = [];
  let total = 0;
  for (let i = 0; i < contacts.length; i++) {
    const index = descending ? contacts.length - 1 - i : i;
    const contact = contacts[index];
    if (wanted !== null && !wanted.has(contact.id)) continue;
    if (words.length > 0 && !hasWords(contact, words)) continue;
    if (query.hasAccount !== undefined && (db.accountOfContact(contact.id) !== undefined) !== query.hasAccount) continue;
    if (total >= first && total <= last) items.push(contact);
    total++;
  }
  return { items, total };
}
