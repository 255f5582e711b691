/**
 * The second factor's operations (see secondFactor.ts for the routes): the login's second step,
 * the passkey login, and the caller's own authenticator app, passkeys and recovery codes. The
 * relying party (WebAuthn) is the configured portal URL, never a request header.
 */
import type { AuthenticationResponseJSON, AuthenticatorTransportFuture, RegistrationResponseJSON } from '@simplewebauthn/server';
import { isStaff } from '../../src/core/roles';
import { config, db, now, nowIso, openSessionsOf, recordEvent, userAgentOf, type AccountRow, type SecondFactorRow } from '../db';
import {
  CHALLENGE_TTL_MS, endSecondStep, factorsOf, factorsOrEmpty, findSecondStep, hasSecondFactor, nextPasskeyId, passkeyByCredentialId,
  rememberChallenge, saveFactors, takeChallenge, TOTP_ENROLMENT_TTL_MS,
} from '../db/factors';
import { decryptSecret, encryptSecret, hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpOf, totpStep } from '../db/factorSecrets';
import { clearFailedLogins, lockedForMs, registerFailedLogin } from '../db/loginAttempts';
import { ApiError, authenticate, clientOf, HttpResponse, notFound, pathId, tooManyAttempts, type Schemas } from '../http';
import { sendSecurityMail } from '../mail/outbox';
import { readJsonBody } from '../requestValidation';
import { requiredText } from '../validation';
import { sessionAnswer } from './loginAnswer';

interface Info {
  request: Request;
  params: Record<string, string | readonly string[] | undefined>;
}

// @simplewebauthn/server 13's certificate code (tsyringe) needs the Reflect metadata polyfill before
// it is evaluated; a browser bundle does not guarantee that order unless the polyfill loads first.
const polyfilled = () => import('reflect-metadata');
const webauthn = async () => (await polyfilled(), import('@simplewebauthn/server'));
const webauthnHelpers = async () => (await polyfilled(), import('@simplewebauthn/server/helpers'));

/** The portal's host and origin, as the Hub is configured (PORTAL_URL, or the demo page's own). */
function relyingParty() {
  const url = new URL(config.portalUrl);
  return { rpID: url.hostname, origin: url.origin };
}

const secondStepExpired = () => new ApiError(401, 'second_step_expired', 'This login took longer than 5 minutes, or its second step was already used. Log in again.');
const passkeyNotAccepted = () => new ApiError(401, 'passkey_not_accepted', 'This passkey was not accepted.');
const registrationFailed = () => new ApiError(422, 'passkey_registration_failed', 'The passkey could not be verified; nothing was added.');
const alreadyEnrolled = () => new ApiError(409, 'totp_already_enrolled', 'This account already has an authenticator app. Remove it first.');
const enrolmentMissing = () => new ApiError(409, 'totp_enrolment_missing', 'No authenticator app is being added (or it took longer than 10 minutes). Start again.');
const lastFactor = () => new ApiError(409, 'last_second_factor', 'Staff must keep a second factor: add another one before removing this one.');
const noSecondFactor = () => new ApiError(409, 'no_second_factor', 'This account has no second factor.');

/** The app's code: its time step when right and not used before; 'used' for a replay. Claims the step. */
async function spendTotpCode(account: AccountRow, code: string): Promise<'ok' | 'wrong' | 'used'> {
  const row = factorsOf(account.id);
  if (!row?.totp) return 'wrong';
  const step = totpStep(account.username, await decryptSecret(row.totp.secret), code);
  // Re-read after the await: the same code may have been used meanwhile.
  const latest = factorsOf(account.id);
  if (step === null || !latest?.totp || latest.totp.secret !== row.totp.secret) return 'wrong';
  if (latest.totp.lastUsedStep !== null && step <= latest.totp.lastUsedStep) return 'used';
  saveFactors({ ...latest, totp: { ...latest.totp, lastUsedStep: step, lastUsedAt: nowIso() } });
  return 'ok';
}

/** An unused recovery code: used up here. */
async function spendRecoveryCode(account: AccountRow, code: string): Promise<'ok' | 'wrong'> {
  const hash = await hashRecoveryCode(code);
  const row = factorsOf(account.id);
  if (!row?.recoveryCodes?.hashes.includes(hash)) return 'wrong';
  saveFactors({ ...row, recoveryCodes: { ...row.recoveryCodes, hashes: row.recoveryCodes.hashes.filter((h) => h !== hash) } });
  recordEvent('recovery_code_used', account, account);
  return 'ok';
}

/** The challenge a WebAuthn response answers, read from its client data (verified again later). */
async function challengeOf(clientDataJSON: string): Promise<string | undefined> {
  try {
    return (await webauthnHelpers()).decodeClientDataJSON(clientDataJSON).challenge;
  } catch {
    return undefined;
  }
}

/** A first second factor brings ten recovery codes; the enrolment-only sessions become full ones. */
function factorAdded(account: AccountRow, row: SecondFactorRow, fresh: { codes: string[]; hashes: string[] }): string[] | null {
  const first = !hasSecondFactor(factorsOf(account.id)) && !row.recoveryCodes?.hashes.length;
  const saved = first ? { ...row, recoveryCodes: { hashes: fresh.hashes, createdAt: nowIso() } } : row;
  saveFactors(saved);
  for (const session of [...db.tables.sessions.values()]) {
    if (session.accountId === account.id && session.mustEnrolSecondFactor) db.saveSession({ ...session, mustEnrolSecondFactor: false });
  }
  if (first) recordEvent('recovery_codes_created', account, account);
  return first ? fresh.codes : null;
}

/** The customer's or staff member's sign-in methods, without any secret. */
export function signInMethodsOf(account: AccountRow): Schemas['SignInMethods'] {
  const row = factorsOf(account.id);
  return {
    password: account.passwordHash !== null,
    totp: row?.totp ? { addedAt: row.totp.addedAt, lastUsedAt: row.totp.lastUsedAt } : null,
    passkeys: (row?.passkeys ?? []).map(({ id, name, addedAt, lastUsedAt }) => ({ id, name, addedAt, lastUsedAt })),
    recoveryCodes: row?.recoveryCodes && hasSecondFactor(row) ? { remaining: row.recoveryCodes.hashes.length, createdAt: row.recoveryCodes.createdAt } : null,
    secondFactorRequired: isStaff(account.role),
    openSessions: openSessionsOf(account.id).length,
  };
}

/** Removing a factor: staff keep one; a customer's last one takes the recovery codes along. */
function withoutFactor(account: AccountRow, remaining: SecondFactorRow): SecondFactorRow {
  if (hasSecondFactor(remaining)) return remaining;
  if (isStaff(account.role)) throw lastFactor();
  return { ...remaining, recoveryCodes: null };
}

async function qrCodeDataUrl(text: string): Promise<string> {
  const { default: qrcode } = await import('qrcode-generator');
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  return `data:image/svg+xml;base64,${btoa(qr.createSvgTag({ cellSize: 4, margin: 4, scalable: true }))}`;
}

export const secondFactorResolvers = {
  loginSecondStep: async ({ request }: Info) => {
    const { body, problems } = await readJsonBody(request);
    const token = requiredText(body, 'secondStepToken', problems, 64);
    const code = requiredText(body, 'code', problems, 32);
    problems.throwIfAny();
    const step = findSecondStep(token);
    if (!step) throw secondStepExpired();
    const account = db.tables.accounts.get(step.accountId)!;
    const client = clientOf(request);
    const lockedMs = lockedForMs(account.username, client);
    if (lockedMs > 0) {
      endSecondStep(token);
      throw tooManyAttempts(lockedMs);
    }
    const result = body.method === 'totp' ? await spendTotpCode(account, code) : await spendRecoveryCode(account, code);
    // Re-read after the awaits: the account may have been blocked, the step used or reset.
    const latest = db.tables.accounts.get(account.id)!;
    if (!findSecondStep(token)) throw secondStepExpired();
    if (latest.blockedAt) {
      endSecondStep(token);
      throw new ApiError(401, 'invalid_credentials', 'Invalid username or password.');
    }
    if (result !== 'ok') {
      registerFailedLogin(account.username, client);
      const nowLockedMs = lockedForMs(account.username, client);
      if (nowLockedMs > 0) {
        endSecondStep(token);
        throw tooManyAttempts(nowLockedMs);
      }
      if (result === 'used') throw new ApiError(401, 'totp_code_used', 'This code was used already. Wait for the next one.');
      throw new ApiError(401, 'second_factor_invalid', 'This code is not correct.');
    }
    endSecondStep(token);
    clearFailedLogins(latest.username, client);
    return sessionAnswer(latest, step.mustChangePassword, userAgentOf(request));
  },

  passkeyLoginOptions: async ({ request }: Info) => {
    const { body, problems } = await readJsonBody(request);
    problems.throwIfAny();
    const token = typeof body.secondStepToken === 'string' ? body.secondStepToken : null;
    const step = token === null ? undefined : findSecondStep(token);
    if (token !== null && !step) throw secondStepExpired();
    const passkeys = step ? (factorsOf(step.accountId)?.passkeys ?? []) : [];
    const { generateAuthenticationOptions } = await webauthn();
    const options = await generateAuthenticationOptions({
      rpID: relyingParty().rpID,
      userVerification: 'required',
      timeout: CHALLENGE_TTL_MS,
      allowCredentials: passkeys.map((p) => ({ id: p.credentialId, transports: p.transports as AuthenticatorTransportFuture[] })),
    });
    rememberChallenge(options.challenge, 'login', step?.accountId ?? null, token);
    return HttpResponse.json<Schemas['PasskeyOptionsResponse']>({ data: { options: { ...options } } });
  },

  passkeyLogin: async ({ request }: Info) => {
    const { body, problems } = await readJsonBody(request);
    problems.throwIfAny();
    const credential = body.credential as AuthenticationResponseJSON;
    const challenge = await challengeOf(credential.response.clientDataJSON);
    const open = challenge === undefined ? undefined : takeChallenge(challenge, 'login');
    const found = passkeyByCredentialId(credential.id);
    if (!challenge || !open || !found || (open.accountId !== null && open.accountId !== found.row.accountId)) throw passkeyNotAccepted();
    const { rpID, origin } = relyingParty();
    const { verifyAuthenticationResponse } = await webauthn();
    const { isoBase64URL } = await webauthnHelpers();
    const verified = await verifyAuthenticationResponse({
      response: credential,
      expectedChallenge: challenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: true,
      credential: { id: found.passkey.credentialId, publicKey: isoBase64URL.toBuffer(found.passkey.publicKey), counter: found.passkey.counter, transports: found.passkey.transports as AuthenticatorTransportFuture[] },
    }).catch(() => undefined);
    // Re-read after the awaits: the passkey may have been removed, the account blocked.
    const account = db.tables.accounts.get(found.row.accountId);
    const row = factorsOf(found.row.accountId);
    const passkey = row?.passkeys.find((p) => p.credentialId === found.passkey.credentialId);
    if (!verified?.verified || !account || account.blockedAt || !row || !passkey) throw passkeyNotAccepted();
    const step = open.secondStepToken === null ? undefined : findSecondStep(open.secondStepToken);
    if (open.secondStepToken !== null) {
      if (!step) throw secondStepExpired();
      endSecondStep(open.secondStepToken);
    }
    const used = { ...passkey, counter: verified.authenticationInfo.newCounter, lastUsedAt: nowIso() };
    saveFactors({ ...row, passkeys: row.passkeys.map((p) => (p.id === passkey.id ? used : p)) });
    clearFailedLogins(account.username, clientOf(request));
    return sessionAnswer(account, step?.mustChangePassword ?? false, userAgentOf(request));
  },

  signInMethods: ({ request }: Info) => {
    const { account } = authenticate(request, { allowEnrolment: true });
    return HttpResponse.json<Schemas['SignInMethodsResponse']>({ data: signInMethodsOf(account) });
  },

  totpEnrolment: async ({ request }: Info) => {
    const { account } = authenticate(request, { allowEnrolment: true });
    if (factorsOf(account.id)?.totp) throw alreadyEnrolled();
    const secret = newTotpSecret();
    const sealed = await encryptSecret(secret);
    const otpauthUri = totpOf(account.username, secret).toString();
    const qrCode = await qrCodeDataUrl(otpauthUri);
    const row = factorsOrEmpty(account.id);
    if (row.totp) throw alreadyEnrolled();
    const expiresAt = new Date(now() + TOTP_ENROLMENT_TTL_MS).toISOString();
    saveFactors({ ...row, pendingTotp: { secret: sealed, expiresAt } });
    return HttpResponse.json<Schemas['TotpEnrolmentResponse']>({ data: { secret, otpauthUri, qrCodeDataUrl: qrCode, expiresAt } });
  },

  totpEnrolmentConfirm: async ({ request }: Info) => {
    const { account } = authenticate(request, { allowEnrolment: true });
    const { body, problems } = await readJsonBody(request);
    const code = requiredText(body, 'code', problems, 10);
    problems.throwIfAny();
    const row = factorsOf(account.id);
    if (row?.totp) throw alreadyEnrolled();
    const pending = row?.pendingTotp;
    if (!pending || Date.parse(pending.expiresAt) <= now()) throw enrolmentMissing();
    const secret = await decryptSecret(pending.secret);
    const fresh = await newRecoveryCodes();
    const step = totpStep(account.username, secret, code);
    if (step === null) throw new ApiError(422, 'totp_code_invalid', 'This code is not correct.', { code: 'Not the current code of the app.' });
    // Re-read after the awaits: a second confirmation may have been quicker.
    const latest = factorsOf(account.id)!;
    if (latest.totp) throw alreadyEnrolled();
    if (latest.pendingTotp?.secret !== pending.secret) throw enrolmentMissing();
    const totp = { secret: pending.secret, addedAt: nowIso(), lastUsedAt: null, lastUsedStep: step };
    const recoveryCodes = factorAdded(account, { ...latest, totp, pendingTotp: null }, fresh);
    recordEvent('second_factor_added', account, account);
    sendSecurityMail(account, 'totp_added');
    return HttpResponse.json<Schemas['SecondFactorAddedResponse']>({ data: { recoveryCodes } });
  },

  totp: ({ request }: Info) => {
    const { account } = authenticate(request);
    const row = factorsOf(account.id);
    if (!row?.totp) throw notFound();
    saveFactors(withoutFactor(account, { ...row, totp: null }));
    recordEvent('second_factor_removed', account, account);
    sendSecurityMail(account, 'totp_removed');
    return new HttpResponse(null, { status: 204 });
  },

  passkeyRegistrationOptions: async ({ request }: Info) => {
    const { account } = authenticate(request, { allowEnrolment: true });
    const row = factorsOrEmpty(account.id);
    const { generateRegistrationOptions } = await webauthn();
    const { isoBase64URL } = await webauthnHelpers();
    const options = await generateRegistrationOptions({
      rpName: 'Hub Portal',
      rpID: relyingParty().rpID,
      userName: account.username,
      userDisplayName: account.displayName,
      userID: isoBase64URL.toBuffer(row.webauthnUserId),
      attestationType: 'none',
      timeout: CHALLENGE_TTL_MS,
      excludeCredentials: row.passkeys.map((p) => ({ id: p.credentialId, transports: p.transports as AuthenticatorTransportFuture[] })),
      authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
    });
    // The user handle must stay the account's: kept from the first options on.
    if (!factorsOf(account.id)) saveFactors(row);
    rememberChallenge(options.challenge, 'register', account.id);
    return HttpResponse.json<Schemas['PasskeyOptionsResponse']>({ data: { options: { ...options } } });
  },

  passkeys: async ({ request }: Info) => {
    const { account } = authenticate(request, { allowEnrolment: true });
    const { body, problems } = await readJsonBody(request);
    const name = requiredText(body, 'name', problems, 60);
    problems.throwIfAny();
    const credential = body.credential as RegistrationResponseJSON;
    const challenge = await challengeOf(credential.response.clientDataJSON);
    const open = challenge === undefined ? undefined : takeChallenge(challenge, 'register');
    if (!challenge || open?.accountId !== account.id) throw registrationFailed();
    const { rpID, origin } = relyingParty();
    const { verifyRegistrationResponse } = await webauthn();
    const { isoBase64URL } = await webauthnHelpers();
    const verified = await verifyRegistrationResponse({ response: credential, expectedChallenge: challenge, expectedOrigin: origin, expectedRPID: rpID, requireUserVerification: true })
      .catch(() => undefined);
    const fresh = await newRecoveryCodes();
    if (!verified?.verified || passkeyByCredentialId(verified.registrationInfo.credential.id)) throw registrationFailed();
    const { credential: made } = verified.registrationInfo;
    const passkey = {
      id: nextPasskeyId(), name, credentialId: made.id, publicKey: isoBase64URL.fromBuffer(made.publicKey), counter: made.counter,
      transports: made.transports ?? credential.response.transports ?? [], addedAt: nowIso(), lastUsedAt: null,
    };
    const row = factorsOrEmpty(account.id);
    const recoveryCodes = factorAdded(account, { ...row, passkeys: [...row.passkeys, passkey] }, fresh);
    recordEvent('passkey_added', account, account);
    sendSecurityMail(account, 'passkey_added', { passkeyName: name });
    const { id, addedAt, lastUsedAt } = passkey;
    return HttpResponse.json<Schemas['PasskeyAddedResponse']>({ data: { passkey: { id, name, addedAt, lastUsedAt }, recoveryCodes } }, { status: 201 });
  },

  passkey: ({ request, params }: Info) => {
    const { account } = authenticate(request);
    const id = pathId(params.id);
    const row = factorsOf(account.id);
    const removed = row?.passkeys.find((p) => p.id === id);
    if (!row || !removed) throw notFound();
    saveFactors(withoutFactor(account, { ...row, passkeys: row.passkeys.filter((p) => p.id !== id) }));
    recordEvent('passkey_removed', account, account);
    sendSecurityMail(account, 'passkey_removed', { passkeyName: removed.name });
    return new HttpResponse(null, { status: 204 });
  },

  // A name is a label, not a way to sign in: no event, no mail (unlike adding or removing one).
  renamePasskey: async ({ request, params }: Info) => {
    const { account } = authenticate(request);
    const id = pathId(params.id);
    const { body, problems } = await readJsonBody(request);
    const name = requiredText(body, 'name', problems, 60);
    const row = factorsOf(account.id);
    const passkey = row?.passkeys.find((p) => p.id === id);
    if (!row || !passkey) throw notFound();
    problems.throwIfAny();
    const renamed = { ...passkey, name };
    saveFactors({ ...row, passkeys: row.passkeys.map((p) => (p.id === id ? renamed : p)) });
    const { addedAt, lastUsedAt } = renamed;
    return HttpResponse.json<Schemas['PasskeyResponse']>({ data: { id, name, addedAt, lastUsedAt } });
  },

  recoveryCodes: async ({ request }: Info) => {
    const { account } = authenticate(request);
    if (!hasSecondFactor(factorsOf(account.id))) throw noSecondFactor();
    const fresh = await newRecoveryCodes();
    const row = factorsOf(account.id);
    if (!row || !hasSecondFactor(row)) throw noSecondFactor();
    saveFactors({ ...row, recoveryCodes: { hashes: fresh.hashes, createdAt: nowIso() } });
    recordEvent('recovery_codes_created', account, account);
    return HttpResponse.json<Schemas['RecoveryCodesResponse']>({ data: { recoveryCodes: fresh.codes } });
  },
};
