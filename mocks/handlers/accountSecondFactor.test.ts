/** The account panel's sign-in methods and "Tweede factor resetten" (staff). */
import { apiPaths } from '../../src/core/api/paths';
import { db, resetDb } from '../db';
import { call, login } from '../../test/kit/api';
import { createSoftwarePasskey } from '../../test/kit/authenticator';
import { secondStepTokenFor, sessionWithApp, totpCode } from '../../test/kit/secondFactor';

const KLANT = 'klant@hub.example';
const KLANT_ID = 5;
const THOMAS_ID = db.accountByUsername('thomas.vanleeuwen@voorbeeld.nl')!.id;

beforeEach(() => resetDb({ secondFactors: true }));

const methodsOf = (accountId: number, token: string) => call('get', apiPaths.accountSignInMethods, `/account/accounts/${accountId}/sign-in-methods`, { token });
const reset = (accountId: number, token: string) => call('post', apiPaths.accountSecondFactorReset, `/account/accounts/${accountId}/second-factor/reset`, { token });

test('Beheerder and Relatiebeheerder see a customer\'s sign-in methods: names, added, last used, never a secret', async () => {
  const own = await sessionWithApp(KLANT);
  const options = (await call('post', apiPaths.passkeyRegistrationOptions, apiPaths.passkeyRegistrationOptions, { token: own })).body.data.options;
  await call('post', apiPaths.passkeys, apiPaths.passkeys, { token: own, body: { name: 'iPhone', credential: await (await createSoftwarePasskey()).register(options, 'http://localhost:5173') } });
  for (const staff of ['beheerder@hub.example', 'relatiebeheerder@hub.example']) {
    const { status, body } = await methodsOf(KLANT_ID, await sessionWithApp(staff));
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ password: true, totp: { addedAt: expect.any(String), lastUsedAt: expect.any(String) }, passkeys: [{ name: 'iPhone' }], recoveryCodes: { remaining: 10 }, secondFactorRequired: false });
    const text = JSON.stringify(body);
    const row = db.tables.secondFactors.get(KLANT_ID)!;
    for (const secret of [row.totp!.secret, row.passkeys[0].publicKey, row.passkeys[0].credentialId, row.recoveryCodes!.hashes[0]]) expect(text).not.toContain(secret);
  }
});

test('a Medewerker gets 403; a customer outside the organisation or a staff account is a 404', async () => {
  expect((await methodsOf(KLANT_ID, await sessionWithApp('medewerker@hub.example'))).status).toBe(403);
  expect((await reset(KLANT_ID, await sessionWithApp('medewerker@hub.example'))).status).toBe(403);
  const beheerder = await sessionWithApp('beheerder@hub.example');
  expect((await methodsOf(2, beheerder)).status).toBe(404);
  expect((await reset(2, beheerder)).status).toBe(404);
  const otherOrganisation = await sessionWithApp('relatiebeheerder@hub.example');
  const sem = db.accountByUsername('sem.dekker@voorbeeld.nl')!.id;
  expect((await methodsOf(sem, otherOrganisation)).status).toBe(404);
});

test('the reset removes app, passkeys and recovery codes, ends every session of the account and says who did it', async () => {
  const customer = await sessionWithApp(KLANT);
  const step = await secondStepTokenFor(KLANT);
  const { status, body } = await reset(KLANT_ID, await sessionWithApp('relatiebeheerder@hub.example'));
  expect(status).toBe(200);
  expect(body.data).toEqual({ password: true, totp: null, passkeys: [], recoveryCodes: null, secondFactorRequired: false, openSessions: 0 });
  expect((await call('get', apiPaths.accountMine, apiPaths.accountMine, { token: customer })).status).toBe(401);
  expect((await call('post', apiPaths.passkeyLoginOptions, apiPaths.passkeyLoginOptions, { body: { secondStepToken: step } })).body.error.code).toBe('second_step_expired');
  expect((await login(KLANT)).status).toBe(200);
  const events = [...db.tables.events.values()].filter((e) => e.type === 'second_factor_reset');
  expect(events).toMatchObject([{ accountId: KLANT_ID, actorName: 'Ruud Visser', actorRole: 'relatiebeheerder' }]);
});

test('nothing to reset is a 409', async () => {
  const beheerder = await sessionWithApp('beheerder@hub.example');
  const { status, body } = await reset(THOMAS_ID, beheerder);
  expect(status).toBe(409);
  expect(body.error.code).toBe('no_second_factor');
});

test('the audit list and the timelines of both organisations of a shared customer show the reset and who did it', async () => {
  const customer = await sessionWithApp(KLANT);
  await call('post', apiPaths.recoveryCodes, apiPaths.recoveryCodes, { token: customer });
  await reset(KLANT_ID, await sessionWithApp('relatiebeheerder@hub.example'));
  const audit = await call('get', apiPaths.auditEvents, apiPaths.auditEvents, { token: await sessionWithApp('beheerder@hub.example'), query: { filter: { type: ['second_factor_reset', 'recovery_codes_created'] } } });
  expect(audit.body.map((e: { type: string; actorName: string }) => [e.type, e.actorName])).toEqual([['second_factor_reset', 'Ruud Visser'], ['recovery_codes_created', 'Sophie van der Meer']]);
  // Organisation 2's Beheerder enrols first: staff see nothing else without a second factor.
  const otherOrganisation = (await login('beheerder2@hub.example')).body.data.token;
  const { secret } = (await call('post', apiPaths.totpEnrolment, apiPaths.totpEnrolment, { token: otherOrganisation })).body.data;
  await call('post', apiPaths.totpEnrolmentConfirm, apiPaths.totpEnrolmentConfirm, { token: otherOrganisation, body: { code: totpCode(0, secret) } });
  const timeline = await call('get', apiPaths.accountEvents, `/account/accounts/${KLANT_ID}/events`, { token: otherOrganisation });
  expect(timeline.body[0]).toMatchObject({ type: 'second_factor_reset', actorName: 'another organisation' });
});
