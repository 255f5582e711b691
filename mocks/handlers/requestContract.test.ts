/**
 * Requests are checked against the contract's request schemas (mocks/requestValidation.ts): the
 * disagreements a contract validator once found between the document and the mock stay fixed.
 */
import { advanceClock, db } from '../db';
import { call, tokenFor } from '../../test/kit/api';
import { responseSchemaErrors } from '../../test/kit/apiSchema';
import { TEST_API_BASE } from '../node';

async function answer(response: Response, contractPath: string, method: 'get' | 'post') {
  const body = await response.json();
  expect(responseSchemaErrors(contractPath, method, response.status, body)).toEqual([]);
  return { status: response.status, code: body.error?.code, fields: body.error?.fields };
}

test('a POST that needs a body but sends neither a body nor a Content-Type is a 400 invalid_json, as documented', async () => {
  const response = await fetch(`${TEST_API_BASE}/auth/login`, { method: 'POST' });
  expect(await answer(response, '/auth/login', 'post')).toMatchObject({ status: 400, code: 'invalid_json' });
  // A body without a Content-Type stays a 415: no web page may post one without a preflight.
  const untyped = await fetch(`${TEST_API_BASE}/auth/login`, { method: 'POST', body: new Blob(['{"username":"a","password":"b"}']) });
  expect(await answer(untyped, '/auth/login', 'post')).toMatchObject({ status: 415, code: 'unsupported_media_type' });
});

test('a body that is not a JSON object is a 400 invalid_type', async () => {
  for (const body of ['[]', '[{"username":"klant@hub.example"}]', '"text"', '12', 'null']) {
    const { status, body: answered } = await call('post', '/auth/login', '/auth/login', { body });
    expect({ body, status, code: answered.error.code }).toEqual({ body, status: 400, code: 'invalid_type' });
  }
});

test('bounds come from the contract: too long a field is a 422, a wrong type a 400, all fields at once', async () => {
  const token = await tokenFor('beheerder@hub.example');
  const created = await call('post', '/contact/contacts', '/contact/contacts', { token, body: { firstName: 'x'.repeat(101), lastName: '', country: 'NLD' } });
  expect(created.status).toBe(422);
  expect(created.body.error.fields).toEqual({ firstName: 'At most 100 characters.', lastName: 'Required.', country: 'Use a two-letter country code, e.g. NL.' });
  const bulk = (items: unknown[]) => call('post', '/account/accounts/bulk', '/account/accounts/bulk', { token, body: { items } });
  // Bounds only the schema states: nothing in the handler would refuse them.
  expect((await bulk([{ contactId: 1, email: `${'x'.repeat(250)}@hub.example` }]))).toMatchObject({ status: 422, body: { error: { fields: { 'items.0.email': 'At most 254 characters.' } } } });
  expect((await bulk([{ contactId: 10_000_000_000 }]))).toMatchObject({ status: 422, body: { error: { fields: { 'items.0.contactId': 'At most 9999999999.' } } } });
  expect((await bulk([{ contactId: '7' }]))).toMatchObject({ status: 400, body: { error: { code: 'invalid_type', fields: { 'items.0.contactId': 'Must be an integer.' } } } });
});

test('unknown request fields are ignored, as the contract says: not stored, not an error', async () => {
  const token = await tokenFor('beheerder@hub.example');
  const { status, body } = await call('post', '/contact/contacts', '/contact/contacts', { token, body: { firstName: 'Anna', lastName: 'Dam', nickname: 'Ans', organizationId: 99 } });
  expect(status).toBe(201);
  expect(body).not.toHaveProperty('nickname');
  expect(db.tables.contacts.get(body.id)).not.toHaveProperty('nickname');
  expect(body.organizationId).not.toBe(99);
});

test('sort, range and filter are checked against their JSON schemas: a 400 invalid_query naming the parameter', async () => {
  const token = await tokenFor('beheerder@hub.example');
  const list = (query: Record<string, unknown>) => call('get', '/contact/contacts', '/contact/contacts', { token, query });
  for (const query of [
    { sort: ['nickname', 'ASC'] },
    { sort: ['id', 'UP'] },
    { range: [0, 2 ** 31] },
    { range: [0] },
    { filter: { q: 'x'.repeat(255) } },
    { filter: { id: Array.from({ length: 1001 }, (_, i) => i + 1) } },
    { filter: { organizationId: 'een' } },
    { filter: [] },
  ]) {
    const { status, body } = await list(query);
    expect({ query, status, code: body.error.code }).toEqual({ query, status: 400, code: 'invalid_query' });
    expect(Object.keys(body.error.fields)).toEqual(Object.keys(query));
  }
  const events = await call('get', '/audit/events', '/audit/events', { token, query: { filter: { type: Array(21).fill('blocked') } } });
  expect(events.status).toBe(400);
  expect((await list({ sort: ['lastName', 'DESC'], range: [0, 9], filter: { q: 'vries', hasAccount: 'false', id: ['1', 2] } })).status).toBe(200);
});

describe('reset-password checks the body first, then the token, then the current password', () => {
  const reset = (token: string, newPassword: string) => call('post', '/auth/reset-password', '/auth/reset-password', { body: { token, newPassword } });

  test('a short password is a 422 even with an unknown token; a good one with an unknown token is a 410', async () => {
    expect((await reset('onbekend', 'kort'))).toMatchObject({ status: 422, body: { error: { fields: { newPassword: 'At least 10 characters.' } } } });
    expect((await reset('onbekend', 'lang-genoeg-wachtwoord')).status).toBe(410);
  });

  test('with an expired token the body still comes first, then the 410', async () => {
    await call('post', '/auth/forgot-password', '/auth/forgot-password', { body: { username: 'klant@hub.example' } });
    const token = /reset-password\?token=([A-Za-z0-9_-]+)/.exec([...db.tables.mails.values()].at(-1)!.html)![1];
    advanceClock(2 * 60 * 60_000);
    expect((await reset(token, 'kort')).status).toBe(422);
    expect((await reset(token, 'lang-genoeg-wachtwoord')).body.error.code).toBe('reset_token_expired');
  });
});
