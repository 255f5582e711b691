/**
 * The caller's own second factors: the authenticator app's enrolment, passkeys, recovery codes,
 * removal; staff who may only enrol; previews that never see any of it.
 */
import { Secret, TOTP } from 'otpauth';
import { apiPaths } from '../../src/core/api/paths';
import { advanceClock, db, now, resetDb } from '../db';
import { call, login, tokenFor } from '../../test/kit/api';
import { createSoftwarePasskey } from '../../test/kit/authenticator';
import { secondStep, secondStepTokenFor, sessionWithApp, totpCode } from '../../test/kit/secondFactor';

const KLANT = 'klant@hub.example';
const KLANT_ID = 5;
const EMPTY = 'klant.leeg@hub.example';
const STAFF_WITHOUT = 'beheerder2@hub.example';
const ORIGIN = 'http://localhost:5173';

beforeEach(() => resetDb({ secondFactors: true }));

const post = (path: string, token?: string, body?: unknown) => call('post', path, path, { token, body });
const get = (path: string, token?: string) => call('get', path, path, { token });
const put = (contractPath: string, path: string, token: string | undefined, body: unknown) => call('put', contractPath, path, { token, body });
const del = (contractPath: string, path: string, token?: string) => call('delete', contractPath, path, { token });
const codeOf = (secret: string, steps = 0) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: now() + steps * 30_000 });
const eventsOf = (accountId: number) => [...db.tables.events.values()].filter((e) => e.accountId === accountId).map((e) => e.type);

describe('adding an authenticator app', () => {
  test('start gives the secret as text, as an otpauth URI and as an SVG QR code; nothing is added until confirmed', async () => {
    const token = await tokenFor(EMPTY);
    const { status, body } = await post(apiPaths.totpEnrolment, token);
    expect(status).toBe(200);
    const { secret, otpauthUri, qrCodeDataUrl } = body.data;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toBe(`otpauth://totp/Hub%20Portal:klant.leeg%40hub.example?issuer=Hub%20Portal&secret=${secret}&algorithm=SHA1&digits=6&period=30`);
    expect(atob(qrCodeDataUrl.replace('data:image/svg+xml;base64,', ''))).toMatch(/^<svg /);
    expect((await get(apiPaths.signInMethods, token)).body.data).toMatchObject({ totp: null, recoveryCodes: null });
    // An unconfirmed app is no factor: the password alone still logs in.
    expect((await login(EMPTY)).status).toBe(200);
    // At rest the secret is encrypted, never the text that was shown.
    expect(JSON.stringify(db.tables.secondFactors.get(6))).not.toContain(secret);
  });

  test('the first code confirms it: ten recovery codes once, then the second step at login; the secret is never shown again', async () => {
    const token = await tokenFor(EMPTY);
    const { secret } = (await post(apiPaths.totpEnrolment, token)).body.data;
    const { status, body } = await post(apiPaths.totpEnrolmentConfirm, token, { code: codeOf(secret) });
    expect(status).toBe(200);
    expect(body.data.recoveryCodes).toHaveLength(10);
    expect(new Set(body.data.recoveryCodes).size).toBe(10);
    const methods = await get(apiPaths.signInMethods, token);
    expect(methods.body.data).toMatchObject({ password: true, totp: { lastUsedAt: null }, recoveryCodes: { remaining: 10 }, secondFactorRequired: false });
    expect(JSON.stringify(methods.body)).not.toContain(secret);
    expect(eventsOf(6)).toEqual(expect.arrayContaining(['second_factor_added', 'recovery_codes_created']));
    const step = await secondStepTokenFor(EMPTY);
    // The confirming code was used: the login needs the next one.
    expect((await secondStep(step, 'totp', codeOf(secret))).body.error.code).toBe('totp_code_used');
    expect((await secondStep(step, 'recovery', body.data.recoveryCodes[3])).status).toBe(200);
  });

  test('a wrong code keeps the enrolment open; a stale one (10 minutes) or none is a 409; one app per account', async () => {
    const token = await tokenFor(EMPTY);
    expect((await post(apiPaths.totpEnrolmentConfirm, token, { code: '123456' })).body.error.code).toBe('totp_enrolment_missing');
    const { secret } = (await post(apiPaths.totpEnrolment, token)).body.data;
    const wrong = await post(apiPaths.totpEnrolmentConfirm, token, { code: codeOf(secret, 5) });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error).toMatchObject({ code: 'totp_code_invalid', fields: { code: expect.any(String) } });
    expect((await post(apiPaths.totpEnrolmentConfirm, token, { code: 'abc' })).body.error.code).toBe('validation_failed');
    advanceClock(10 * 60_000);
    expect((await post(apiPaths.totpEnrolmentConfirm, token, { code: codeOf(secret) })).body.error.code).toBe('totp_enrolment_missing');
    const again = (await post(apiPaths.totpEnrolment, token)).body.data.secret;
    expect((await post(apiPaths.totpEnrolmentConfirm, token, { code: codeOf(again) })).status).toBe(200);
    expect((await post(apiPaths.totpEnrolment, token)).body.error.code).toBe('totp_already_enrolled');
  });

  test('a new start replaces an unconfirmed one: the first secret no longer confirms', async () => {
    const token = await tokenFor(EMPTY);
    const first = (await post(apiPaths.totpEnrolment, token)).body.data.secret;
    await post(apiPaths.totpEnrolment, token);
    expect((await post(apiPaths.totpEnrolmentConfirm, token, { code: codeOf(first) })).body.error.code).toBe('totp_code_invalid');
  });
});

describe('adding a passkey', () => {
  test('a discoverable credential with user verification for the configured relying party; the first factor brings recovery codes', async () => {
    const token = await tokenFor(EMPTY);
    const options = (await post(apiPaths.passkeyRegistrationOptions, token)).body.data.options;
    expect(options).toMatchObject({ rp: { id: 'localhost', name: 'Hub Portal' }, user: { name: EMPTY }, authenticatorSelection: { residentKey: 'required', userVerification: 'required' } });
    const passkey = await createSoftwarePasskey();
    const { status, body } = await post(apiPaths.passkeys, token, { name: 'Laptop', credential: await passkey.register(options, ORIGIN) });
    expect(status).toBe(201);
    expect(body.data.passkey).toMatchObject({ name: 'Laptop', lastUsedAt: null });
    expect(body.data.recoveryCodes).toHaveLength(10);
    expect(eventsOf(6)).toEqual(expect.arrayContaining(['passkey_added', 'recovery_codes_created']));
    expect((await login(EMPTY)).body.data.methods).toEqual(['passkey', 'recovery']);
  });

  test('a later factor brings no new recovery codes; the old ones stay valid', async () => {
    const token = await sessionWithApp(KLANT);
    const options = (await post(apiPaths.passkeyRegistrationOptions, token)).body.data.options;
    const added = await post(apiPaths.passkeys, token, { name: 'Telefoon', credential: await (await createSoftwarePasskey()).register(options, ORIGIN) });
    expect(added.body.data.recoveryCodes).toBeNull();
    expect((await get(apiPaths.signInMethods, token)).body.data.recoveryCodes.remaining).toBe(10);
  });

  test('another origin, a challenge of another account or one used before: 422, nothing added', async () => {
    const token = await tokenFor(EMPTY);
    const otherToken = await sessionWithApp(KLANT);
    const register = async (challengeToken: string, origin = ORIGIN) =>
      (await createSoftwarePasskey()).register((await post(apiPaths.passkeyRegistrationOptions, challengeToken)).body.data.options, origin);
    const answers = [
      await post(apiPaths.passkeys, token, { name: 'x', credential: await register(token, 'https://evil.example') }),
      await post(apiPaths.passkeys, token, { name: 'x', credential: await register(otherToken) }),
    ];
    const once = await register(token);
    expect((await post(apiPaths.passkeys, token, { name: 'x', credential: once })).status).toBe(201);
    answers.push(await post(apiPaths.passkeys, token, { name: 'y', credential: once }));
    for (const answer of answers) expect({ status: answer.status, code: answer.body.error.code }).toEqual({ status: 422, code: 'passkey_registration_failed' });
    expect(db.tables.secondFactors.get(6)!.passkeys).toHaveLength(1);
    expect(db.tables.secondFactors.get(KLANT_ID)!.passkeys).toHaveLength(0);
  });

  test('a name is required', async () => {
    const token = await tokenFor(EMPTY);
    const credential = await (await createSoftwarePasskey()).register((await post(apiPaths.passkeyRegistrationOptions, token)).body.data.options, ORIGIN);
    expect((await post(apiPaths.passkeys, token, { name: ' ', credential })).body.error).toMatchObject({ code: 'validation_failed', fields: { name: 'Required.' } });
  });
});

describe('removing factors and recovery codes anew', () => {
  test('a customer may remove their last factor, and loses the recovery codes with it', async () => {
    const token = await sessionWithApp(KLANT);
    expect((await del(apiPaths.totp, apiPaths.totp, token)).status).toBe(204);
    expect((await get(apiPaths.signInMethods, token)).body.data).toMatchObject({ totp: null, passkeys: [], recoveryCodes: null });
    expect(eventsOf(KLANT_ID)).toContain('second_factor_removed');
    expect((await login(KLANT)).status).toBe(200);
    expect((await del(apiPaths.totp, apiPaths.totp, token)).status).toBe(404);
    expect((await post(apiPaths.recoveryCodes, token)).body.error.code).toBe('no_second_factor');
  });

  test('staff cannot remove their last factor; with a passkey beside it they can', async () => {
    const token = await sessionWithApp('medewerker@hub.example');
    const refused = await del(apiPaths.totp, apiPaths.totp, token);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('last_second_factor');
    const options = (await post(apiPaths.passkeyRegistrationOptions, token)).body.data.options;
    const { passkey } = (await post(apiPaths.passkeys, token, { name: 'Sleutel', credential: await (await createSoftwarePasskey()).register(options, ORIGIN) })).body.data;
    expect((await del(apiPaths.totp, apiPaths.totp, token)).status).toBe(204);
    const path = `/auth/passkeys/${passkey.id}`;
    expect((await del(apiPaths.passkey, path, token)).body.error.code).toBe('last_second_factor');
  });

  test('a passkey of another account is a 404 to remove', async () => {
    const token = await sessionWithApp(KLANT);
    const options = (await post(apiPaths.passkeyRegistrationOptions, token)).body.data.options;
    const { passkey } = (await post(apiPaths.passkeys, token, { name: 'Telefoon', credential: await (await createSoftwarePasskey()).register(options, ORIGIN) })).body.data;
    const other = await sessionWithApp('medewerker@hub.example');
    expect((await del(apiPaths.passkey, `/auth/passkeys/${passkey.id}`, other)).status).toBe(404);
    expect((await del(apiPaths.passkey, `/auth/passkeys/${passkey.id}`, token)).status).toBe(204);
    expect(eventsOf(KLANT_ID)).toContain('passkey_removed');
  });

  test('renaming a passkey: trimmed, shown in the list; no mail, since signing in did not change', async () => {
    const token = await sessionWithApp(KLANT);
    const options = (await post(apiPaths.passkeyRegistrationOptions, token)).body.data.options;
    const { passkey } = (await post(apiPaths.passkeys, token, { name: 'Telefoon', credential: await (await createSoftwarePasskey()).register(options, ORIGIN) })).body.data;
    const mails = db.tables.mails.size;
    const { status, body } = await put(apiPaths.passkey, `/auth/passkeys/${passkey.id}`, token, { name: '  Werktelefoon ' });
    expect(status).toBe(200);
    expect(body.data).toEqual({ id: passkey.id, name: 'Werktelefoon', addedAt: passkey.addedAt, lastUsedAt: null });
    expect((await get(apiPaths.signInMethods, token)).body.data.passkeys).toEqual([body.data]);
    expect(db.tables.mails.size).toBe(mails);
  });

  test('renaming: blank, too long or two lines is a 422 per field; another account\'s passkey a 404; no session a 401', async () => {
    const token = await sessionWithApp(KLANT);
    const options = (await post(apiPaths.passkeyRegistrationOptions, token)).body.data.options;
    const { passkey } = (await post(apiPaths.passkeys, token, { name: 'Telefoon', credential: await (await createSoftwarePasskey()).register(options, ORIGIN) })).body.data;
    const path = `/auth/passkeys/${passkey.id}`;
    const blank = await put(apiPaths.passkey, path, token, { name: '   ' });
    expect({ status: blank.status, body: blank.body.error }).toMatchObject({ status: 422, body: { code: 'validation_failed', fields: { name: 'Required.' } } });
    const long = await put(apiPaths.passkey, path, token, { name: 'x'.repeat(61) });
    expect({ status: long.status, fields: long.body.error.fields }).toEqual({ status: 422, fields: { name: expect.any(String) } });
    const lines = await put(apiPaths.passkey, path, token, { name: 'Werk\ntelefoon' });
    expect({ status: lines.status, reasons: lines.body.error.reasons }).toEqual({ status: 422, reasons: { name: 'text_forbidden_characters' } });
    const other = await sessionWithApp('medewerker@hub.example');
    expect((await put(apiPaths.passkey, path, other, { name: 'Van mij' })).status).toBe(404);
    expect((await put(apiPaths.passkey, path, undefined, { name: 'Van mij' })).status).toBe(401);
    expect(db.tables.secondFactors.get(KLANT_ID)!.passkeys.map((p) => p.name)).toEqual(['Telefoon']);
  });

  test('ten new recovery codes: the old ones stop working', async () => {
    const token = await sessionWithApp(KLANT);
    const { status, body } = await post(apiPaths.recoveryCodes, token);
    expect(status).toBe(200);
    expect(body.data.recoveryCodes).toHaveLength(10);
    expect((await secondStep(await secondStepTokenFor(KLANT), 'recovery', '3SHB-SVVC-VP')).body.error.code).toBe('second_factor_invalid');
    expect((await secondStep(await secondStepTokenFor(KLANT), 'recovery', body.data.recoveryCodes[0])).status).toBe(200);
  });
});

describe('staff without a second factor', () => {
  test('get a session that may only enrol: everything else is a 403 with its own code, reading contacts too', async () => {
    const { status, body } = await login(STAFF_WITHOUT);
    expect(status).toBe(200);
    expect(body.data.secondFactorEnrolmentRequired).toBe(true);
    const token = body.data.token;
    const contacts = await call('get', apiPaths.contacts, apiPaths.contacts, { token });
    expect(contacts.status).toBe(403);
    expect(contacts.body.error.code).toBe('second_factor_enrolment_required');
    expect((await call('get', apiPaths.auditEvents, apiPaths.auditEvents, { token })).body.error.code).toBe('second_factor_enrolment_required');
    expect((await post(apiPaths.recoveryCodes, token)).body.error.code).toBe('second_factor_enrolment_required');
    expect((await get(apiPaths.signInMethods, token)).body.data).toMatchObject({ totp: null, secondFactorRequired: true });
    const { secret } = (await post(apiPaths.totpEnrolment, token)).body.data;
    expect((await post(apiPaths.totpEnrolmentConfirm, token, { code: codeOf(secret) })).body.data.recoveryCodes).toHaveLength(10);
    expect((await call('get', apiPaths.contacts, apiPaths.contacts, { token })).status).toBe(200);
    expect((await login(STAFF_WITHOUT)).status).toBe(202);
  });

  test('may enrol a passkey instead', async () => {
    const token = (await login(STAFF_WITHOUT)).body.data.token;
    const options = (await post(apiPaths.passkeyRegistrationOptions, token)).body.data.options;
    expect((await post(apiPaths.passkeys, token, { name: 'Sleutel', credential: await (await createSoftwarePasskey()).register(options, ORIGIN) })).status).toBe(201);
    expect((await call('get', apiPaths.contacts, apiPaths.contacts, { token })).status).toBe(200);
  });

  test('customers without one are not held up', async () => {
    const { body } = await login(EMPTY);
    expect(body.data.secondFactorEnrolmentRequired).toBe(false);
    expect((await get(apiPaths.accountMine, body.data.token)).status).toBe(200);
  });
});

describe('a preview ("Bekijk als klant")', () => {
  test('gets 403 preview_read_only on every security operation, and sees none of it', async () => {
    const staff = await sessionWithApp('beheerder@hub.example');
    const preview = (await call('post', apiPaths.accountPreview, `/account/accounts/${KLANT_ID}/preview`, { token: staff })).body.data.token;
    const answers = [
      await get(apiPaths.signInMethods, preview),
      await post(apiPaths.totpEnrolment, preview),
      await post(apiPaths.totpEnrolmentConfirm, preview, { code: totpCode() }),
      await post(apiPaths.passkeyRegistrationOptions, preview),
      await post(apiPaths.recoveryCodes, preview),
      await del(apiPaths.totp, apiPaths.totp, preview),
      await del(apiPaths.passkey, '/auth/passkeys/1', preview),
      await put(apiPaths.passkey, '/auth/passkeys/1', preview, { name: 'Van mij' }),
      await call('get', apiPaths.accountSignInMethods, `/account/accounts/${KLANT_ID}/sign-in-methods`, { token: preview }),
      await call('post', apiPaths.accountSecondFactorReset, `/account/accounts/${KLANT_ID}/second-factor/reset`, { token: preview }),
    ];
    for (const answer of answers) expect({ status: answer.status, code: answer.body.error.code }).toEqual({ status: 403, code: 'preview_read_only' });
    expect(db.tables.secondFactors.get(KLANT_ID)!.totp).not.toBeNull();
  });
});
