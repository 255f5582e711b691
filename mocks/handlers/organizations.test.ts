/** Organisations for staff: their own only. */
import { call, tokenFor } from '../../test/kit/api';

test('staff list only their own organisation, with Content-Range', async () => {
  const { status, body, headers } = await call('get', '/organization/organizations', '/organization/organizations', {
    token: await tokenFor('beheerder2@hub.example'), query: { sort: ['name', 'ASC'], range: [0, 9], filter: {} },
  });
  expect(status).toBe(200);
  expect(body.map((o: { name: string }) => o.name)).toEqual(['Noorderlicht Financieel Advies']);
  expect(headers.get('Content-Range')).toBe('organizations 0-0/1');
});

test('getMany by id, and one organisation; another is a 404', async () => {
  const token = await tokenFor('medewerker@hub.example');
  const many = await call('get', '/organization/organizations', '/organization/organizations', { token, query: { filter: { id: [1, 2] } } });
  expect(many.body.map((o: { id: number }) => o.id)).toEqual([1]);
  expect((await call('get', '/organization/organizations/{id}', '/organization/organizations/1', { token })).body.kvkNumber).toMatch(/^\d{8}$/);
  expect((await call('get', '/organization/organizations/{id}', '/organization/organizations/2', { token })).status).toBe(404);
});

test('401 without a token, 403 for a customer', async () => {
  expect((await call('get', '/organization/organizations', '/organization/organizations')).status).toBe(401);
  const token = await tokenFor('klant@hub.example');
  expect((await call('get', '/organization/organizations', '/organization/organizations', { token })).status).toBe(403);
  expect((await call('get', '/organization/organizations/{id}', '/organization/organizations/1', { token })).status).toBe(403);
});
