/**
 * The login's second step (app code, recovery code) and the passkey login, with the attacker's
 * cases: replayed and expired codes, reused recovery codes, guessing, another account's passkey,
 * another relying party, a blocked account. Every answer checked against the contract.
 */
import { apiPaths } from '../../src/core/api/paths';
import { advanceClock, config, db, nowIso, resetDb } from '../db';
import { DEMO_RECOVERY_CODES } from '../db/logins';
import { call, login } from '../../test/kit/api';
import { createSoftwarePasskey, type SoftwarePasskey } from '../../test/kit/authenticator';
import { secondStep, secondStepTokenFor, sessionWithApp, totpCode } from '../../test/kit/secondFactor';

const KLANT = 'klant@hub.example';
const KLANT_ID = 5;
const MINUTE = 60_000;
const ORIGIN = 'http://localhost:5173';

beforeEach(() => resetDb({ secondFactors: true }));

const passkeyOptions = (secondStepToken?: string) =>
  call('post', apiPaths.passkeyLoginOptions, apiPaths.passkeyLoginOptions, { body: secondStepToken ? { secondStepToken } : {} });
const passkeyLogin = (credential: unknown) => call('post', apiPaths.passkeyLogin, apiPaths.passkeyLogin, { body: { credential } });

/** Adds a software passkey to `username`'s account through the API. */
async function enrolPasskey(token: string): Promise<SoftwarePasskey> {
  const passkey = await createSoftwarePasskey();
  const options = await call('post', apiPaths.passkeyRegistrationOptions, apiPaths.passkeyRegistrationOptions, { token });
  const added = await call('post', apiPaths.passkeys, apiPaths.passkeys, { token, body: { name: 'Telefoon', credential: await passkey.register(options.body.data.options, ORIGIN) } });
  expect(added.status).toBe(201);
  return passkey;
}

describe('the password of an account with a second factor', () => {
  test('opens no session: a 202 with a second-step token valid 5 minutes and the methods it can answer with', async () => {
    const sessions = db.tables.sessions.size;
    const { status, body } = await login(KLANT);
    expect(status).toBe(202);
    expect(body.data.methods).toEqual(['totp', 'recovery']);
    expect(Date.parse(body.data.expiresAt) - Date.now()).toBeLessThanOrEqual(5 * MINUTE);
    expect(Date.parse(body.data.expiresAt) - Date.now()).toBeGreaterThan(5 * MINUTE - 5000);
    expect(db.tables.sessions.size).toBe(sessions);
  });

  test('a second-step token is no bearer token', async () => {
    const token = await secondStepTokenFor(KLANT);
    expect((await call('get', apiPaths.accountMine, apiPaths.accountMine, { token })).status).toBe(401);
  });

  test('without the seed\'s second factors (until the login page asks for them) the password alone logs in', async () => {
    resetDb();
    expect((await login(KLANT)).status).toBe(200);
  });
});

describe('POST /auth/login/second-step with the app', () => {
  test('the current code gives the session, once: the token is used up and the same code again is refused', async () => {
    const token = await secondStepTokenFor(KLANT);
    const code = totpCode();
    const { status, body } = await secondStep(token, 'totp', code);
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ mustChangePassword: false, secondFactorEnrolmentRequired: false, user: { id: KLANT_ID, role: 'klant' } });
    expect((await call('get', apiPaths.accountMine, apiPaths.accountMine, { token: body.data.token })).status).toBe(200);
    expect((await secondStep(token, 'totp', totpCode(1))).body.error.code).toBe('second_step_expired');
    const replay = await secondStep(await secondStepTokenFor(KLANT), 'totp', code);
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe('totp_code_used');
  });

  test('one step of clock drift either way is accepted, two are not; spaces are ignored', async () => {
    expect((await secondStep(await secondStepTokenFor(KLANT), 'totp', totpCode(-2))).body.error.code).toBe('second_factor_invalid');
    expect((await secondStep(await secondStepTokenFor(KLANT), 'totp', totpCode(2))).body.error.code).toBe('second_factor_invalid');
    expect((await secondStep(await secondStepTokenFor(KLANT), 'totp', totpCode(-1))).status).toBe(200);
    const next = totpCode(1);
    expect((await secondStep(await secondStepTokenFor(KLANT), 'totp', `${next.slice(0, 3)} ${next.slice(3)}`)).status).toBe(200);
  });

  test('an older code than one already used is refused too (a code is never accepted twice)', async () => {
    expect((await secondStep(await secondStepTokenFor(KLANT), 'totp', totpCode(1))).status).toBe(200);
    expect((await secondStep(await secondStepTokenFor(KLANT), 'totp', totpCode())).body.error.code).toBe('totp_code_used');
  });

  test('the second step expires after 5 minutes', async () => {
    const token = await secondStepTokenFor(KLANT);
    advanceClock(5 * MINUTE);
    const { status, body } = await secondStep(token, 'totp', totpCode());
    expect(status).toBe(401);
    expect(body.error.code).toBe('second_step_expired');
  });

  test('a malformed request is a 422 / 400, and an unknown token a 401', async () => {
    expect((await call('post', apiPaths.loginSecondStep, apiPaths.loginSecondStep, { body: { secondStepToken: 'x', method: 'sms', code: '1' } })).status).toBe(422);
    expect((await call('post', apiPaths.loginSecondStep, apiPaths.loginSecondStep, { body: { secondStepToken: 'x', method: 'totp', code: 123456 } })).status).toBe(400);
    expect((await secondStep('unknown', 'totp', totpCode())).body.error.code).toBe('second_step_expired');
  });

  test('wrong codes count toward the password lockout; the right password does not forgive them; the lock ends the step', async () => {
    const token = await secondStepTokenFor(KLANT);
    for (let i = 0; i < 8; i++) expect((await secondStep(token, 'totp', '000000')).body.error.code).toBe('second_factor_invalid');
    expect((await login(KLANT, 'fout')).status).toBe(401);
    const again = await secondStepTokenFor(KLANT);
    const locking = await secondStep(again, 'totp', '000000');
    expect(locking.status).toBe(429);
    expect(locking.headers.get('Retry-After')).toBe(String(15 * 60));
    expect((await secondStep(again, 'totp', totpCode())).body.error.code).toBe('second_step_expired');
    expect((await login(KLANT)).status).toBe(429);
    expect([...db.tables.events.values()].filter((e) => e.type === 'locked' && e.accountId === KLANT_ID)).toHaveLength(1);
  });

  test('a step opened before the lock cannot be used while it lasts', async () => {
    const open = await secondStepTokenFor(KLANT);
    for (let i = 0; i < config.maxFailedLogins; i++) await login(KLANT, `fout-${i}`);
    expect((await secondStep(open, 'totp', totpCode())).status).toBe(429);
  });

  test('an account blocked during the second step is refused like a password', async () => {
    const token = await secondStepTokenFor(KLANT);
    db.saveAccount({ ...db.tables.accounts.get(KLANT_ID)!, blockedAt: nowIso() });
    const { status, body } = await secondStep(token, 'totp', totpCode());
    expect(status).toBe(401);
    expect(body.error.code).toBe('invalid_credentials');
  });

  test('a temporary password\'s second step gives the session that must change it', async () => {
    const account = db.tables.accounts.get(KLANT_ID)!;
    const eva = db.accountByUsername('eva.janssen@voorbeeld.nl')!;
    db.saveAccount({ ...account, passwordHash: null, temporaryPasswordHash: eva.temporaryPasswordHash, temporaryPasswordExpiresAt: eva.temporaryPasswordExpiresAt });
    const { status, body } = await login(KLANT, 'Hub7Temp9Wacht');
    expect(status).toBe(202);
    expect((await secondStep(body.data.secondStepToken, 'totp', totpCode())).body.data.mustChangePassword).toBe(true);
  });
});

describe('POST /auth/login/second-step with a recovery code', () => {
  test('works once, in any case and without dashes; the timeline says so; a reused one is refused', async () => {
    const [first] = DEMO_RECOVERY_CODES;
    expect((await secondStep(await secondStepTokenFor(KLANT), 'recovery', first.toLowerCase().replace(/-/g, ''))).status).toBe(200);
    const reused = await secondStep(await secondStepTokenFor(KLANT), 'recovery', first);
    expect(reused.status).toBe(401);
    expect(reused.body.error.code).toBe('second_factor_invalid');
    expect([...db.tables.events.values()].filter((e) => e.type === 'recovery_code_used' && e.accountId === KLANT_ID)).toHaveLength(1);
    const token = await sessionWithApp(KLANT);
    const methods = await call('get', apiPaths.signInMethods, apiPaths.signInMethods, { token });
    expect(methods.body.data.recoveryCodes.remaining).toBe(9);
  });

  test('another account\'s recovery code is refused', async () => {
    // Medewerker has the same seeded codes: one used there stays valid here, and the reverse.
    expect((await secondStep(await secondStepTokenFor('medewerker@hub.example'), 'recovery', DEMO_RECOVERY_CODES[1])).status).toBe(200);
    expect((await secondStep(await secondStepTokenFor(KLANT), 'recovery', 'AAAA-BBBB-CC')).body.error.code).toBe('second_factor_invalid');
    expect((await secondStep(await secondStepTokenFor(KLANT), 'recovery', DEMO_RECOVERY_CODES[1])).status).toBe(200);
  });
});

describe('passkeys at login', () => {
  test('options come from the configured portal, never from the request; user verification is required', async () => {
    config.portalUrl = 'https://portaal.hub.example/';
    const { status, body } = await passkeyOptions();
    expect(status).toBe(200);
    expect(body.data.options).toMatchObject({ rpId: 'portaal.hub.example', userVerification: 'required', allowCredentials: [] });
  });

  test('a passkey alone logs in (a discoverable credential), and each challenge works once', async () => {
    const passkey = await enrolPasskey(await sessionWithApp(KLANT));
    const assertion = await passkey.assert((await passkeyOptions()).body.data.options, ORIGIN);
    const { status, body } = await passkeyLogin(assertion);
    expect(status).toBe(200);
    expect(body.data.user.id).toBe(KLANT_ID);
    expect((await passkeyLogin(assertion)).body.error.code).toBe('passkey_not_accepted');
    const methods = await call('get', apiPaths.signInMethods, apiPaths.signInMethods, { token: body.data.token });
    expect(methods.body.data.passkeys[0]).toMatchObject({ name: 'Telefoon', lastUsedAt: expect.any(String) });
  });

  test('a passkey answers a second step: the account\'s passkeys are allowed, another account\'s is refused', async () => {
    const own = await enrolPasskey(await sessionWithApp(KLANT));
    const other = await enrolPasskey(await sessionWithApp('medewerker@hub.example'));
    const step = await secondStepTokenFor(KLANT);
    const options = (await passkeyOptions(step)).body.data.options;
    expect(options.allowCredentials).toEqual([{ id: own.credentialId, type: 'public-key', transports: ['internal'] }]);
    const refused = await passkeyLogin(await other.assert(options, ORIGIN));
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('passkey_not_accepted');
    const ok = await passkeyLogin(await own.assert((await passkeyOptions(step)).body.data.options, ORIGIN));
    expect(ok.status).toBe(200);
    expect((await secondStep(step, 'totp', totpCode())).body.error.code).toBe('second_step_expired');
  });

  test('another relying party, another origin, no user verification, an unknown passkey: all the same 401', async () => {
    const passkey = await enrolPasskey(await sessionWithApp(KLANT));
    const options = async () => (await passkeyOptions()).body.data.options;
    const answers = [
      await passkeyLogin(await passkey.assert(await options(), ORIGIN, { rpId: 'evil.example' })),
      await passkeyLogin(await passkey.assert(await options(), 'https://evil.example')),
      await passkeyLogin(await passkey.assert(await options(), ORIGIN, { flags: 0x01 })),
      await passkeyLogin(await (await createSoftwarePasskey()).assert(await options(), ORIGIN)),
    ];
    for (const answer of answers) expect({ status: answer.status, code: answer.body.error.code }).toEqual({ status: 401, code: 'passkey_not_accepted' });
  });

  test('a blocked account\'s passkey is refused', async () => {
    const passkey = await enrolPasskey(await sessionWithApp(KLANT));
    db.saveAccount({ ...db.tables.accounts.get(KLANT_ID)!, blockedAt: nowIso() });
    expect((await passkeyLogin(await passkey.assert((await passkeyOptions()).body.data.options, ORIGIN))).body.error.code).toBe('passkey_not_accepted');
  });

  test('an expired second step gives no passkey options', async () => {
    const step = await secondStepTokenFor(KLANT);
    advanceClock(5 * MINUTE);
    expect((await passkeyOptions(step)).body.error.code).toBe('second_step_expired');
  });
});
