/** The customer's "mine" endpoints: the partner document's shapes, own data only. */
import { db, KLANT_CONTACT_IDS } from '../db';
import { call, tokenFor } from '../../test/kit/api';

const mine = (path: string, token?: string, contractPath = path) => call('get', contractPath, path, { token });

test('/account/mine has exactly the partner document\'s fields', async () => {
  const { status, body } = await mine('/account/mine', await tokenFor('klant@hub.example'));
  expect(status).toBe(200);
  expect(body.data.items).toEqual([{
    id: 5, name: 'klant@hub.example', email: 'klant@hub.example', firstName: 'Sophie', middleName: 'van der', lastName: 'Meer',
    dossiers: { 1: db.tables.contacts.get(4)!.dossierNumber, 2: db.tables.contacts.get(5)!.dossierNumber }, groupIds: ['101', '102', '103'],
  }]);
});

test('an empty tussenvoegsel is an empty string', async () => {
  const { body } = await mine('/account/mine', await tokenFor('klant.leeg@hub.example'));
  expect(body.data.items[0]).toMatchObject({ firstName: 'Daan', middleName: '', lastName: 'Mulder', dossiers: { 1: expect.any(String) } });
});

test('organisations: both of the customer\'s, with their dossier number there', async () => {
  const { body } = await mine('/organization/organizations/mine', await tokenFor('klant@hub.example'));
  expect(body.data.items.map((o: { id: number; dossierNumber: string }) => [o.id, o.dossierNumber])).toEqual([
    [1, db.tables.contacts.get(4)!.dossierNumber], [2, db.tables.contacts.get(5)!.dossierNumber],
  ]);
  expect(body.data.items[0]).toMatchObject({ name: 'De Vaart Verzekeringen B.V.', kvkNumber: expect.stringMatching(/^\d{8}$/), website: expect.any(String) });
});

test('groups and permissions: readable names, only through the customer\'s groups', async () => {
  const token = await tokenFor('klant.leeg@hub.example');
  const groups = (await mine('/group/groups/mine', token)).body.data.items;
  expect(groups).toEqual([{ id: '101', name: 'Particuliere klanten', description: expect.any(String) }]);
  const permissions = (await mine('/permission/permissions/mine', token)).body.data.items;
  expect(permissions.length).toBeGreaterThan(2);
  expect(permissions.every((p: { groupIds: string[] }) => p.groupIds.join() === '101')).toBe(true);
  expect(permissions.map((p: { code: string }) => p.code)).not.toContain('contracts.read');
  const all = (await mine('/permission/permissions/mine', await tokenFor('klant@hub.example'))).body.data.items;
  expect(new Set(all.map((p: { category: string }) => p.category))).toEqual(new Set(['account', 'organizations', 'contracts', 'documents', 'communication']));
});

test('contracts: at least 5 at both organisations for klant, none for klant.leeg', async () => {
  const items = (await mine('/contract/contracts/mine', await tokenFor('klant@hub.example'))).body.data.items;
  expect(items.length).toBeGreaterThanOrEqual(5);
  expect(new Set(items.map((c: { organizationId: number }) => c.organizationId))).toEqual(new Set([1, 2]));
  expect(new Set(items.map((c: { status: string }) => c.status))).toEqual(new Set(['active', 'pending', 'ended']));
  expect((await mine('/contract/contracts/mine', await tokenFor('klant.leeg@hub.example'))).body.data.items).toEqual([]);
});

test('one contract with all details, coverages and documents', async () => {
  const { status, body } = await mine('/contract/contracts/1/mine', await tokenFor('klant@hub.example'), '/contract/contracts/{id}/mine');
  expect(status).toBe(200);
  const [contract] = body.data.items;
  expect(contract).toMatchObject({ id: 1, number: expect.stringMatching(/^HUB-\d{4}-\d{6}$/), product: 'Woonhuisverzekering', premium: { currency: 'EUR' } });
  expect(contract.coverages.length).toBeGreaterThan(0);
  expect(contract.documents.length).toBeGreaterThan(0);
});

test('someone else\'s contract and an unknown id are the same 404', async () => {
  const token = await tokenFor('klant@hub.example');
  const foreign = [...db.tables.contracts.values()].find((c) => !KLANT_CONTACT_IDS.includes(c.contactId))!;
  const other = await mine(`/contract/contracts/${foreign.id}/mine`, token, '/contract/contracts/{id}/mine');
  const unknown = await mine('/contract/contracts/999999/mine', token, '/contract/contracts/{id}/mine');
  expect(other.status).toBe(404);
  expect(other.body).toEqual(unknown.body);
  expect((await mine('/contract/contracts/abc/mine', token, '/contract/contracts/{id}/mine')).status).toBe(404);
});

test.each(['/account/mine', '/organization/organizations/mine', '/group/groups/mine', '/permission/permissions/mine', '/contract/contracts/mine', '/contract/contracts/1/mine'])(
  '%s: 401 without a token, 403 for staff',
  async (path) => {
    const contractPath = path.replace('/1/', '/{id}/');
    expect((await mine(path, undefined, contractPath)).status).toBe(401);
    const staff = await mine(path, await tokenFor('beheerder@hub.example'), contractPath);
    expect(staff.status).toBe(403);
    expect(staff.body.error.code).toBe('forbidden');
  },
);
