/**
 * The contract is strict enough to catch a mock that breaks it. Each test takes a real answer of
 * the mock's handlers, plants one mismatch, serves it in the handler's place, and the tests'
 * contract check (Ajv from npm over src/core/api/hub-api.yaml, draft 2020-12 as the document's
 * jsonSchemaDialect says) must refuse it; a bad query must be refused by the contract's parameter
 * schema and by the mock alike.
 */
import { http, HttpResponse } from 'msw';
import { call, tokenFor } from '../test/kit/api';
import { parameterErrors } from '../test/kit/apiSchema';
import { server, TEST_API_BASE } from './node';

type Body = Record<string, unknown>;

/** Serves `planted` in place of `path`'s GET handler, then calls it through the contract check. */
async function servePlanted(path: string, url: string, planted: unknown, token: string) {
  server.use(http.get(`${TEST_API_BASE}${url}`, () => HttpResponse.json(planted as Body), { once: true }));
  return call('get', path, url, { token });
}

describe('a planted mismatch in an answer is caught', () => {
  let token: string;
  let contact: Body;
  beforeEach(async () => {
    token = await tokenFor('beheerder@hub.example');
    contact = (await call('get', '/contact/contacts/{id}', '/contact/contacts/1', { token })).body;
  });

  test('a response field removed', async () => {
    const { email: _removed, ...planted } = contact;
    await expect(servePlanted('/contact/contacts/{id}', '/contact/contacts/1', planted, token)).rejects.toThrow(/must have required property 'email'/);
  });

  test('an extra field', async () => {
    await expect(servePlanted('/contact/contacts/{id}', '/contact/contacts/1', { ...contact, nickname: 'Ans' }, token))
      .rejects.toThrow(/must NOT have additional properties.*nickname/s);
  });

  test('an extra field in a schema closed by unevaluatedProperties (which a draft-07 validator skips)', async () => {
    const customer = await tokenFor('klant@hub.example');
    const id = (await call('get', '/contract/contracts/mine', '/contract/contracts/mine', { token: customer })).body.data.items[0].id;
    const url = `/contract/contracts/${id}/mine`;
    const answer = (await call('get', '/contract/contracts/{id}/mine', url, { token: customer })).body;
    const planted = { data: { items: [{ ...answer.data.items[0], internalNote: 'x' }] } };
    await expect(servePlanted('/contract/contracts/{id}/mine', url, planted, customer)).rejects.toThrow(/must NOT have unevaluated properties.*internalNote/s);
  });

  test('a wrong type', async () => {
    await expect(servePlanted('/contact/contacts/{id}', '/contact/contacts/1', { ...contact, id: String(contact.id) }, token)).rejects.toThrow(/\/id must be integer/);
  });

  test('the real answers pass', async () => {
    await expect(servePlanted('/contact/contacts/{id}', '/contact/contacts/1', contact, token)).resolves.toMatchObject({ status: 200 });
  });
});

describe('a bad query is caught by the contract and refused by the mock', () => {
  test.each([
    ['sort', ['nickname', 'ASC']],
    ['sort', 'lastName'],
    ['range', [0, -1]],
    ['range', [0, 24, 49]],
    ['filter', { hasAccount: 'misschien' }],
    ['filter', { q: 'x'.repeat(255) }],
  ])('%s = %j', async (name, value) => {
    expect(parameterErrors('/contact/contacts', 'get', name, value)).not.toEqual([]);
    const { status, body } = await call('get', '/contact/contacts', '/contact/contacts', { token: await tokenFor('beheerder@hub.example'), query: { [name]: value } });
    expect({ status, code: body.error.code }).toEqual({ status: 400, code: 'invalid_query' });
  });

  test('a good query passes both', async () => {
    const query = { sort: ['lastName', 'DESC'], range: [0, 24], filter: { q: 'vries', hasAccount: false } };
    for (const [name, value] of Object.entries(query)) expect(parameterErrors('/contact/contacts', 'get', name, value)).toEqual([]);
    expect((await call('get', '/contact/contacts', '/contact/contacts', { token: await tokenFor('beheerder@hub.example'), query })).status).toBe(200);
  });

  test('a non-numeric path id is refused by the contract and is a 404 at the mock', async () => {
    expect(parameterErrors('/contact/contacts/{id}', 'get', 'id', 'abc')).not.toEqual([]);
    expect(parameterErrors('/contact/contacts/{id}', 'get', 'id', '7')).toEqual([]);
    expect((await call('get', '/contact/contacts/{id}', '/contact/contacts/abc', { token: await tokenFor('beheerder@hub.example') })).status).toBe(404);
  });
});
