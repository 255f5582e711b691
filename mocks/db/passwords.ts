/**
 * Password handling that works the same in the browser and in Node 20 (WebCrypto only):
 * temporary password generation, salted PBKDF2 hashes, and opaque session tokens.
 * The app may reuse `generateTemporaryPassword` and `temporaryPasswordProblems`.
 */

/** Letters and digits without look-alikes: no 0/O, 1/l/I. */
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const ALPHABET = LOWER + UPPER + DIGITS;
export const TEMPORARY_PASSWORD_LENGTH = 14;

/** A uniformly random index below `max`, without modulo bias (rejection sampling). */
function randomIndex(max: number): number {
  const limit = 256 - (256 % max);
  const byte = new Uint8Array(1);
  do crypto.getRandomValues(byte);
  while (byte[0] >= limit);
  return byte[0] % max;
}

export function generateTemporaryPassword(length = TEMPORARY_PASSWORD_LENGTH): string {
  for (;;) {
    let password = '';
    for (let i = 0; i < length; i++) password += ALPHABET[randomIndex(ALPHABET.length)];
    if (temporaryPasswordProblems(password).length === 0) return password;
  }
}

/** Why a temporary password is not acceptable (empty when it is). */
export function temporaryPasswordProblems(password: string): string[] {
  const problems: string[] = [];
  if (password.length < 12) problems.push('at least 12 characters');
  if (!/[a-z]/.test(password)) problems.push('a lower-case letter');
  if (!/[A-Z]/.test(password)) problems.push('an upper-case letter');
  if (!/[0-9]/.test(password)) problems.push('a digit');
  if (/[0O1lI]/.test(password)) problems.push('no look-alike characters (0, O, 1, l, I)');
  return problems;
}

const ITERATIONS = 20_000;

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
  return new Uint8Array(bits);
}

/** `pbkdf2-sha256$<iterations>$<salt>$<hash>`, salt and hash in base64. */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(password, salt, ITERATIONS);
  return `pbkdf2-sha256$${ITERATIONS}$${toBase64(salt)}$${toBase64(hash)}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, iterations, salt, hash] = stored.split('$');
  if (scheme !== 'pbkdf2-sha256' || !salt || !hash) return false;
  const actual = toBase64(await derive(password, fromBase64(salt), Number(iterations)));
  // Constant-time comparison: a mock, but the habit costs nothing.
  let diff = actual.length ^ hash.length;
  for (let i = 0; i < Math.min(actual.length, hash.length); i++) diff |= actual.charCodeAt(i) ^ hash.charCodeAt(i);
  return diff === 0;
}

/** An opaque session token: 32 random bytes, base64url. */
export function generateToken(): string {
  return toBase64(crypto.getRandomValues(new Uint8Array(32)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The SHA-256 of a link's token, as hex: links are stored and looked up by it, never by the token. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A fresh single-use link token and the hash under which it is stored. */
export async function newLinkToken(): Promise<{ token: string; tokenHash: string }> {
  const token = generateToken();
  return { token, tokenHash: await sha256Hex(token) };
}
