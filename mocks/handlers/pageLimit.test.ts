/** Bounded lists: a page holds at most 1000 records; a larger range is a 400, never clipped. */
import { resetDb } from '../db';
import { call, tokenFor } from '../../test/kit/api';

const lists = [
  ['/contact/contacts', 'beheerder@hub.example'],
  ['/audit/events', 'beheerder@hub.example'],
  ['/organization/organizations', 'beheerder@hub.example'],
  ['/demo/outbox', 'beheerder@hub.example'],
] as const;

test('every simple-rest list answers a range of more than 1000 records with 400 range_too_large', async () => {
  for (const [path, user] of lists) {
    const token = await tokenFor(user);
    for (const range of [[0, 1000], [0, 999_999_999], [5, 1005]]) {
      const { status, body } = await call('get', path, path, { token, query: { range } });
      expect({ path, range, status, code: body.error?.code }).toEqual({ path, range, status: 400, code: 'range_too_large' });
    }
    expect((await call('get', path, path, { token, query: { range: [1000, 1999] } })).status).toBe(200);
  }
});

test('1000 records is the largest page, and a list without a range is its first page of 1000', async () => {
  resetDb({ contacts: 2500 });
  const token = await tokenFor('beheerder@hub.example');
  const full = await call('get', '/contact/contacts', '/contact/contacts', { token, query: { range: [0, 999] } });
  expect(full.body).toHaveLength(1000);
  const unranged = await call('get', '/contact/contacts', '/contact/contacts', { token });
  expect(unranged.body).toHaveLength(1000);
  expect(unranged.headers.get('Content-Range')).toMatch(/^contacts 0-999\/\d{4}$/);
});
