/**
 * An account's second factors (secrets: factorSecrets.ts), the login's second steps and WebAuthn
 * challenges. Steps and challenges live only in memory, for minutes: a reload of the demo asks to
 * log in again.
 */
import { now } from './clock';
import { generateToken } from './passwords';
import { db, subscribe } from './store';
import type { PasskeyRow, SecondFactorRow } from './types';

export const SECOND_STEP_TTL_MS = 5 * 60_000;
export const CHALLENGE_TTL_MS = 5 * 60_000;
export const TOTP_ENROLMENT_TTL_MS = 10 * 60_000;

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

// Loaded with the first second-factor request, so the demo's start-up stays as light as it was.

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
