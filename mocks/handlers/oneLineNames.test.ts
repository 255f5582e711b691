/** Names are one line: no line breaks, control characters or bidi overrides, per field; stored ones stay readable. */
import { db } from '../db';
import { call, tokenFor } from '../../test/kit/api';

const create = async (body: Record<string, unknown>) =>
  call('post', '/contact/contacts', '/contact/contacts', { token: await tokenFor('beheerder@hub.example'), body: { firstName: 'Jan', lastName: 'Smit', ...body } });

test('a line break, a tab, a NUL, a line separator or a bidi override in a name is a 422 naming each field', async () => {
  const { status, body } = await create({ firstName: 'Jan\n\nKlik hier: https://evil.example', middleName: 'van\tder', lastName: 'Smit\u202Elpmaxe.live' });
  expect(status).toBe(422);
  expect(body.error.reasons).toEqual({ firstName: 'text_forbidden_characters', middleName: 'text_forbidden_characters', lastName: 'text_forbidden_characters' });
  for (const name of ['Jan\u0000', 'Jan\u2028Smit', 'Jan\r', '\u2066Jan', 'Jan\u0085']) {
    expect((await create({ firstName: name })).body.error.reasons).toEqual({ firstName: 'text_forbidden_characters' });
  }
  expect(db.tables.contacts.size).toBe(250);
});

test('ordinary names pass: accents, apostrophes, hyphens and Arabic letters', async () => {
  expect((await create({ firstName: 'Zoë-Anne', middleName: "'t", lastName: 'El Amrani العمراني' })).status).toBe(201);
});

test('an edit refuses them too; a name stored earlier is still read, and a mail shows it on one line', async () => {
  const staff = await tokenFor('beheerder@hub.example');
  const edit = await call('put', '/contact/contacts/{id}', '/contact/contacts/1', { token: staff, body: { lastName: 'Vries\nP.S. bel 0900-1234' } });
  expect(edit.body.error.reasons).toEqual({ lastName: 'text_forbidden_characters' });
  db.saveContact({ ...db.tables.contacts.get(1)!, firstName: 'Jan\nKlik hier' });
  expect((await call('get', '/contact/contacts/{id}', '/contact/contacts/1', { token: staff })).body.firstName).toBe('Jan\nKlik hier');
  expect((await call('post', '/account/accounts', '/account/accounts', { token: staff, body: { contactId: 1, email: 'jan.devries@voorbeeld.nl' } })).status).toBe(201);
  const mail = [...db.tables.mails.values()].at(-1)!;
  expect(mail.text.split('\n')[0]).toBe('Beste Jan Klik hier de Vries,');
});
