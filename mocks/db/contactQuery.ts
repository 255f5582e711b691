/**
 * Contact list queries (filter, sort, range) that stay fast at 10,000+ contacts: sort orders and
 * the search index are made once per store version (on first use), so a query is one linear walk.
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

/**
 * An organisation's search index: the folded names and email of its contacts, in id order, in one
 * string (one per line), made on its first search. One `indexOf` over it finds the contacts with
 * a word far faster than a test per contact, and it takes less of the page's heap than a string
 * per contact (a 10,000-contact demo keeps this in the browser).
 */
interface SearchIndex {
  text: string;
  /** Where each contact's line starts in `text`, plus the end: `starts[i]`..`starts[i + 1] - 1`. */
  starts: Int32Array;
  /** The contact id of each line. */
  ids: Int32Array;
  /** One past the highest id: the size of a mask by id. */
  idLimit: number;
}
const searchIndexByOrg = new Map<number, SearchIndex>();

function searchTextOf(contact: ContactRow): string {
  // One line per contact: a line break in a name is a space here (query words never hold one).
  return fold(`${contact.firstName} ${contact.middleName ?? ''} ${contact.lastName} ${contact.email ?? ''}`).replace(/\n/g, ' ');
}

function searchIndex(organizationId: number): SearchIndex {
  let index = searchIndexByOrg.get(organizationId);
  if (!index) {
    const contacts = contactsByOrg.get(organizationId) ?? [];
    const starts = new Int32Array(contacts.length + 1);
    const ids = new Int32Array(contacts.length);
    const lines: string[] = [];
    let offset = 0;
    contacts.forEach((contact, i) => {
      const line = searchTextOf(contact);
      starts[i] = offset;
      ids[i] = contact.id;
      lines.push(line);
      offset += line.length + 1;
    });
    starts[contacts.length] = offset;
    const idLimit = contacts.reduce((max, contact) => Math.max(max, contact.id), 0) + 1;
    index = { text: `${lines.join('\n')}\n`, starts, ids, idLimit };
    searchIndexByOrg.set(organizationId, index);
  }
  return index;
}

/** By contact id: 1 for the contacts whose text holds every word. */
function matchingIds({ text, starts, ids, idLimit }: SearchIndex, [first, ...rest]: string[]): Uint8Array {
  const matches = new Uint8Array(idLimit);
  let line = 0;
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, starts[line + 1])) {
    while (starts[line + 1] <= at) line++;
    if (rest.length === 0 || hasWords(text.slice(starts[line], starts[line + 1] - 1), rest)) matches[ids[line]] = 1;
  }
  return matches;
}

function hasWords(text: string, words: string[]): boolean {
  return words.every((word) => text.includes(word));
}

function ensureCaches() {
  if (cacheVersion === db.contactsVersion && cachedTables === db.tables) return;
  cacheVersion = db.contactsVersion;
  cachedTables = db.tables;
  sortedByOrg.clear();
  searchIndexByOrg.clear();
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
  const matches = words.length ? matchingIds(searchIndex(query.scopeOrganizationId), words) : null;
  const [first, last] = query.range;
  const descending = query.sort.order === 'DESC';
  const items: ContactRow[] = [];
  let total = 0;
  for (let i = 0; i < contacts.length; i++) {
    const index = descending ? contacts.length - 1 - i : i;
    const contact = contacts[index];
    if (wanted !== null && !wanted.has(contact.id)) continue;
    if (matches !== null && matches[contact.id] !== 1) continue;
    if (query.hasAccount !== undefined && (db.accountOfContact(contact.id) !== undefined) !== query.hasAccount) continue;
    if (total >= first && total <= last) items.push(contact);
    total++;
  }
  return { items, total };
}
