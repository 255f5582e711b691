/**
 * Contact list queries (filter, sort, range) that stay fast at 10,000+ contacts: sort orders
 * and search texts are computed once per store version, so a query is one linear walk.
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
    default:
      return contact[field] === null ? LAST : fold(contact[field]);
  }
}

let cacheVersion = -1;
let cachedTables: unknown;
const sortedIds = new Map<ContactSortField, number[]>();
const searchTexts = new Map<number, string>();

function ensureCaches() {
  if (cacheVersion === db.contactsVersion && cachedTables === db.tables) return;
  cacheVersion = db.contactsVersion;
  cachedTables = db.tables;
  sortedIds.clear();
  searchTexts.clear();
  for (const c of db.tables.contacts.values()) {
    searchTexts.set(c.id, fold(`${c.firstName} ${c.middleName ?? ''} ${c.lastName} ${c.email ?? ''}`));
  }
}

function idsSortedBy(field: ContactSortField): number[] {
  let ids = sortedIds.get(field);
  if (!ids) {
    const keyed = [...db.tables.contacts.values()].map((c) => [sortKey(c, field), c.id] as const);
    keyed.sort(([a, idA], [b, idB]) => (a < b ? -1 : a > b ? 1 : idA - idB));
    ids = keyed.map(([, id]) => id);
    sortedIds.set(field, ids);
  }
  return ids;
}

export function queryContacts(query: ContactQuery): { items: ContactRow[]; total: number } {
  ensureCaches();
  const words = fold(query.q ?? '').split(/\s+/).filter(Boolean);
  const wanted = query.ids ? new Set(query.ids) : null;
  const matches = (c: ContactRow) =>
    c.organizationId === query.scopeOrganizationId &&
    (query.organizationId === undefined || c.organizationId === query.organizationId) &&
    (wanted === null || wanted.has(c.id)) &&
    (query.hasAccount === undefined || (db.accountOfContact(c.id) !== undefined) === query.hasAccount) &&
    words.every((word) => searchTexts.get(c.id)!.includes(word));

  const ids = idsSortedBy(query.sort.field);
  const [first, last] = query.range;
  const items: ContactRow[] = [];
  let total = 0;
  const descending = query.sort.order === 'DESC';
  for (let i = 0; i < ids.length; i++) {
    const contact = db.tables.contacts.get(ids[descending ? ids.length - 1 - i : i])!;
    if (!matches(contact)) continue;
    if (total >= first && total <= last) items.push(contact);
    total++;
  }
  return { items, total };
}
