/**
 * The secrets of second factors, as a real server keeps them: the authenticator app's secret
 * encrypted (AES-GCM, Web Crypto), recovery codes as SHA-256 hashes (ten random codes of 50 bits
 * each need no slow hash). Loaded with the first second-factor operation, with otpauth.
 */
import { Secret, TOTP } from 'otpauth';
import { now } from './clock';
import { SECOND_FACTOR_KEY } from './seedCredentials';

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

/** RFC 6238 with the defaults every authenticator app reads from a QR code: SHA-1, 6 digits, 30 s. */
export function totpOf(username: string, secret: string): TOTP {
  return new TOTP({ issuer: ISSUER, label: username, algorithm: 'SHA1', digits: 6, period: TOTP_PERIOD_S, secret: Secret.fromBase32(secret) });
}

export const newTotpSecret = () => new Secret({ size: 20 }).base32;

/** The time step of `code` within one step of now either way (clock drift), or null. */
export function totpStep(username: string, secret: string, code: string): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const totp = totpOf(username, secret);
  const delta = totp.validate({ token, timestamp: now(), window: 1 });
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

