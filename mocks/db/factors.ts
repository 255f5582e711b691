/**
 * Second factors at rest, as a real server keeps them: the authenticator app's secret encrypted
 * (AES-GCM, Web Crypto), recovery codes as SHA-256 hashes of the unused ones (ten random codes of
 * 50 bits each need no slow hash), passkeys as public keys. The login's second steps and WebAuthn
 * challenges live only in memory, for minutes: a reload of the demo asks to log in again.
 */
import { Secret, TOTP } from 'otpauth';
import { now } from './clock';
import { generateToken } from './passwords';
import { SECOND_FACTOR_KEY } from './seedCredentials';
import { db, subscribe } from './store';
import type { PasskeyRow, SecondFactorRow } from './types';

export const SECOND_STEP_TTL_MS = 5 * 60_000;
export const CHALLENGE_TTL_MS = 5 * 60_000;
export const TOTP_ENROLMENT_TTL_MS = 10 * 60_000;
const TOTP_PERIOD_S = 30;
const ISSUER = 'Hub Portal';

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

let key: Promise<CryptoKey> | undefined;
const secretKey = () => (key ??= crypto.subtle.importKey('raw', fromBase64(SECOND_FACTOR_KEY), 'AES-GCM', false, ['encrypt', 'decrypt']));

/** `aes-gcm$<iv>$<ciphertext>`, both base64; a fresh IV each time. */
export async function encryptSecret(secret: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await secretKey(), new TextEncoder().encode(secret));
  return `aes-gcm$${toBase64(iv)}$${toBase64(new Uint8Array(sealed))}`;
}

export async function decryptSecret(stored: string): Promise<string> {
  const [scheme, iv, sealed] = stored.split('$');
  if (scheme !== 'aes-gcm' || !iv || !sealed) throw new Error('Not an encrypted secret.');
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(iv) }, await secretKey(), fromBase64(sealed));
  return new TextDecoder().decode(plain);
}

export function factorsOf(accountId: number): SecondFactorRow | undefined {
  return db.tables.secondFactors.get(accountId);
}

/** The account's row, or a new empty one (not saved). */
export function factorsOrEmpty(accountId: number): SecondFactorRow {
  return factorsOf(accountId) ?? { accountId, totp: null, pendingTotp: null, passkeys: [], webauthnUserId: generateToken(), recoveryCodes: null };
}

export function saveFactors(row: SecondFactorRow): void {
  db.put('secondFactors', row);
}

/** An app or a passkey; a started, unconfirmed enrolment is none. */
export function hasSecondFactor(row: SecondFactorRow | undefined): boolean {
  return !!row && (row.totp !== null || row.passkeys.length > 0);
}

export function secondStepMethods(row: SecondFactorRow): ('totp' | 'passkey' | 'recovery')[] {
  return [
    ...(row.totp ? (['totp'] as const) : []),
    ...(row.passkeys.length ? (['passkey'] as const) : []),
    ...(row.recoveryCodes?.hashes.length ? (['recovery'] as const) : []),
  ];
}

export function passkeyByCredentialId(credentialId: string): { row: SecondFactorRow; passkey: PasskeyRow } | undefined {
  for (const row of db.tables.secondFactors.values()) {
    const passkey = row.passkeys.find((p) => p.credentialId === credentialId);
    if (passkey) return { row, passkey };
  }
  return undefined;
}

export function nextPasskeyId(): number {
  let max = 0;
  for (const row of db.tables.secondFactors.values()) for (const passkey of row.passkeys) max = Math.max(max, passkey.id);
  return max + 1;
}

/** RFC 6238 with the defaults every authenticator app reads from a QR code: SHA-1, 6 digits, 30 s. */
export function totpOf(username: string, secret: string): TOTP {
  return new TOTP({ issuer: ISSUER, label: username, algorithm: 'SHA1', digits: 6, period: TOTP_PERIOD_S, secret: Secret.fromBase32(secret) });
}

export const newTotpSecret = () => new Secret({ size: 20 }).base32;

/** The time step of `code` within one step of now either way (clock drift), or null. */
export function totpStep(username: string, secret: string, code: string): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpOf(username, secret).validate({ token, timestamp: now(), window: 1 });
  return delta === null ? null : Math.floor(now() / 1000 / TOTP_PERIOD_S) + delta;
}

/** No look-alikes (0/O, 1/I); 32 letters, so a random byte's low five bits pick one without bias. */
const RECOVERY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export const normaliseRecoveryCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');

export async function hashRecoveryCode(code: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(normaliseRecoveryCode(code))));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Ten new codes (`XXXX-XXXX-XX`) and their hashes. */
export async function newRecoveryCodes(): Promise<{ codes: string[]; hashes: string[] }> {
  const codes = Array.from({ length: 10 }, () => {
    const letters = Array.from(crypto.getRandomValues(new Uint8Array(10)), (byte) => RECOVERY_ALPHABET[byte & 31]).join('');
    return `${letters.slice(0, 4)}-${letters.slice(4, 8)}-${letters.slice(8)}`;
  });
  return { codes, hashes: await Promise.all(codes.map(hashRecoveryCode)) };
}

interface SecondStep {
  accountId: number;
  expiresAt: number;
  /** The password was a temporary one: the session after the second step may only change it. */
  mustChangePassword: boolean;
}

interface Challenge {
  purpose: 'register' | 'login';
  /** The account that may answer it: the registering one, or a second step's; null = any passkey. */
  accountId: number | null;
  secondStepToken: string | null;
  expiresAt: number;
}

const secondSteps = new Map<string, SecondStep>();
const challenges = new Map<string, Challenge>();
subscribe({
  changed: () => undefined,
  reset() {
    secondSteps.clear();
    challenges.clear();
  },
});

export function openSecondStep(accountId: number, mustChangePassword: boolean): { token: string; expiresAt: string } {
  const token = generateToken();
  const expiresAt = now() + SECOND_STEP_TTL_MS;
  secondSteps.set(token, { accountId, expiresAt, mustChangePassword });
  return { token, expiresAt: new Date(expiresAt).toISOString() };
}

/** The live second step of a token (an expired one is removed on sight). */
export function findSecondStep(token: string): SecondStep | undefined {
  const step = secondSteps.get(token);
  if (step && step.expiresAt > now()) return step;
  secondSteps.delete(token);
  return undefined;
}

export function endSecondStep(token: string): void {
  secondSteps.delete(token);
}

export function endSecondStepsOf(accountId: number): void {
  for (const [token, step] of secondSteps) if (step.accountId === accountId) secondSteps.delete(token);
}

export function rememberChallenge(challenge: string, purpose: Challenge['purpose'], accountId: number | null, secondStepToken: string | null = null): void {
  // One open registration per account: a new one replaces the last.
  if (purpose === 'register') for (const [key, open] of challenges) if (open.purpose === 'register' && open.accountId === accountId) challenges.delete(key);
  challenges.set(challenge, { purpose, accountId, secondStepToken, expiresAt: now() + CHALLENGE_TTL_MS });
}

/** A live challenge of this purpose, used up by taking it. */
export function takeChallenge(challenge: string, purpose: Challenge['purpose']): Challenge | undefined {
  const open = challenges.get(challenge);
  challenges.delete(challenge);
  return open && open.purpose === purpose && open.expiresAt > now() ? open : undefined;
}
