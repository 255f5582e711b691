/** Welcome, reset and security mails: Dutch by default, English for English contacts; the demo outbox API. */
import { config, db } from '../db';
import { call, tokenFor } from '../../test/kit/api';
import { resetMail, welcomeMail } from './templates';

const outbox = (query: Record<string, unknown> = {}) => call('get', '/demo/outbox', '/demo/outbox', { query });

async function createAccount(contactId: number, email: string) {
  const token = await tokenFor('beheerder@hub.example');
  return (await call('post', '/account/accounts', '/account/accounts', { token, body: { contactId, email } })).body;
}

test('creating an account sends a Dutch welcome mail with username, activation link and expiry, and no password', async () => {
  config.portalUrl = 'https://portaal.voorbeeld.nl/';
  const created = await createAccount(1, 'jan.devries@voorbeeld.nl');
  const { status, body, headers } = await outbox();
  expect(status).toBe(200);
  expect(headers.get('Content-Range')).toBe('outbox 0-0/1');
  const [mail] = body;
  expect(mail).toMatchObject({ kind: 'welcome', to: 'jan.devries@voorbeeld.nl', language: 'nl', subject: 'Uw account voor Hub Portal', accountId: created.id });
  for (const text of [mail.text, mail.html]) {
    expect(text).toContain('Beste Jan de Vries,');
    expect(text).toContain('jan.devries@voorbeeld.nl');
    expect(text).not.toContain(created.temporaryPassword);
    expect(text).toMatch(/https:\/\/portaal\.voorbeeld\.nl\/#\/activate\?token=[\w-]{43}/);
  }
  expect(mail.text).toMatch(/Deze link werkt één keer, tot \d{1,2} \w+ \d{4} om \d{2}:\d{2} Midden-Europese tijd\./);
  expect(mail.html).toMatch(/^<!doctype html>/);
  expect((await call('get', '/demo/outbox/{id}', `/demo/outbox/${mail.id}`)).body).toEqual(mail);
});

test('a contact whose language is English gets the English mail', async () => {
  db.saveContact({ ...db.tables.contacts.get(1)!, language: 'en' });
  const created = await createAccount(1, 'jan.devries@voorbeeld.nl');
  const [mail] = (await outbox()).body;
  expect(mail).toMatchObject({ language: 'en', subject: 'Your Hub Portal account' });
  expect(mail.text).toContain('Dear Jan de Vries,');
  expect(mail.text).not.toContain(created.temporaryPassword);
  expect(mail.text).toMatch(/Activate your account: http:\/\/localhost:\d+\/#\/activate\?token=/);
  expect(mail.text).toMatch(/works once, until \d{1,2} \w+ \d{4} at \d{2}:\d{2} Central European Time\./);
});

test('templates escape HTML and render the reset link in both languages', () => {
  const welcome = welcomeMail('nl', { name: '<b>Eva</b>', username: 'eva@voorbeeld.nl', activationUrl: 'https://hub.example/#/activate?token=abc', expiresAt: '2026-11-08T13:30:00Z' });
  expect(welcome.html).toContain('Beste &lt;b&gt;Eva&lt;/b&gt;,');
  expect(welcome.text).toContain('tot 8 november 2026 om 14:30 Midden-Europese tijd.');
  const nl = resetMail('nl', { name: 'Eva', resetUrl: 'https://hub.example/#/reset-password?token=abc', expiresAt: '2026-11-08T13:30:00Z' });
  expect(nl.html).toContain('<a href="https://hub.example/#/reset-password?token=abc">Kies een nieuw wachtwoord</a>');
  const en = resetMail('en', { name: 'Eva', resetUrl: 'https://hub.example/#/reset-password?token=abc', expiresAt: '2026-11-08T13:30:00Z' });
  expect(en.subject).toBe('Reset your Hub Portal password');
  expect(en.text).toContain('Choose a new password: https://hub.example/#/reset-password?token=abc');
  expect(en.text).toContain('until 8 November 2026 at 14:30 Central European Time.');
  // Summer time is the same zone by name, its clock an hour on.
  expect(resetMail('nl', { name: 'Eva', resetUrl: 'x', expiresAt: '2026-07-08T13:30:00Z' }).text).toContain('tot 8 juli 2026 om 15:30 Midden-Europese tijd.');
});

test('the outbox lists newest first, filters by recipient and kind, and answers 404 for an unknown mail', async () => {
  await createAccount(1, 'jan.devries@voorbeeld.nl');
  await createAccount(2, 'fatima@voorbeeld.nl');
  await call('post', '/auth/forgot-password', '/auth/forgot-password', { body: { username: 'klant@hub.example' } });
  expect((await outbox()).body.map((m: { to: string }) => m.to)).toEqual(['klant@hub.example', 'fatima@voorbeeld.nl', 'jan.devries@voorbeeld.nl']);
  expect((await outbox({ filter: { to: 'Fatima@voorbeeld.nl' } })).body).toHaveLength(1);
  expect((await outbox({ filter: { kind: 'welcome' }, sort: ['id', 'ASC'], range: [0, 0] })).body[0].to).toBe('jan.devries@voorbeeld.nl');
  expect((await call('get', '/demo/outbox/{id}', '/demo/outbox/999')).status).toBe(404);
  expect((await outbox({ sort: ['html', 'ASC'] })).status).toBe(400);
});
