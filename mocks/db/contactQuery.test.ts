/**
 * The contact list query's search finds what a test of every contact finds, in sort order and with
 * its total: for one and more words, accents, parts of an email, no match, both organisations,
 * after a write.
 */
import { db, fold, queryContacts, resetDb, type ContactQuery } from '.';
import type { ContactRow } from './types';

const searches = ['jan', 'de vries', 'JAN de VRIES', 'zoe', 'zoë', 'bakker', 'e', 'a n', 'voorbeeld.nl', 'jan.devries@voorbeeld', 'el amrani', 'zzz-nobody', 'vries jan'];

function searchText(contact: ContactRow): string {
  return fold(`${contact.firstName} ${contact.middleName ?? ''} ${contact.lastName} ${contact.email ?? ''}`);
}

/** Ids of the organisation's contacts whose text holds every word, in id order. */
function plainSearch(organizationId: number, q: string): number[] {
  const words = fold(q).split(/\s+/).filter(Boolean);
  return [...db.tables.contacts.values()]
    .filter((contact) => contact.organizationId === organizationId && words.every((word) => searchText(contact).includes(word)))
    .map((contact) => contact.id)
    .sort((a, b) => a - b);
}

function search(organizationId: number, q: string, order: 'ASC' | 'DESC' = 'ASC'): { ids: number[]; total: number } {
  const query: ContactQuery = { scopeOrganizationId: organizationId, q, sort: { field: 'id', order }, range: [0, 100_000] };
  const { items, total } = queryContacts(query);
  return { ids: items.map((contact) => contact.id), total };
}

describe('searching contacts', () => {
  beforeEach(() => resetDb({ contacts: 2_000 }));

  it('finds exactly the contacts a test of every contact finds', () => {
    for (const organizationId of [1, 2]) {
      for (const q of searches) {
        const expected = plainSearch(organizationId, q);
        expect(search(organizationId, q), `${organizationId}: ${q}`).toEqual({ ids: expected, total: expected.length });
      }
    }
    expect(plainSearch(1, 'jan').length).toBeGreaterThan(10);
    expect(plainSearch(1, 'zzz-nobody')).toEqual([]);
  });

  it('gives the same matches in descending order', () => {
    for (const q of searches) expect(search(1, q, 'DESC').ids).toEqual(search(1, q).ids.reverse());
  });

  it('finds the first and the last contact of the organisation', () => {
    const ids = plainSearch(1, '');
    for (const id of [ids[0], ids.at(-1)!]) {
      db.saveContact({ ...db.tables.contacts.get(id)!, lastName: `Qwertz${id}` });
      expect(search(1, `qwertz${id}`).ids).toEqual([id]);
    }
  });

  it('sees a write at once: a new name is found, the old one no longer', () => {
    const [id] = search(1, 'jan de vries').ids;
    expect(search(1, 'xylofoon').ids).toEqual([]);
    db.saveContact({ ...db.tables.contacts.get(id)!, lastName: 'Xylofoon', email: null });
    expect(search(1, 'xylofoon').ids).toEqual([id]);
    expect(search(1, 'jan de vries').ids).not.toContain(id);
  });
});
