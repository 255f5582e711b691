/** Temporary passwords and hashing, as the app may reuse them. */
import { generateTemporaryPassword, generateToken, hashPassword, temporaryPasswordProblems, verifyPassword } from './passwords';

test('temporary passwords are 12+ characters with lower, upper and digits, and no look-alikes', () => {
  const passwords = Array.from({ length: 500 }, () => generateTemporaryPassword());
  for (const password of passwords) {
    expect(password.length).toBeGreaterThanOrEqual(12);
    expect(password).toMatch(/[a-z]/);
    expect(password).toMatch(/[A-Z]/);
    expect(password).toMatch(/[2-9]/);
    expect(password).not.toMatch(/[0O1lI]/);
  }
  expect(new Set(passwords).size).toBe(passwords.length);
});

test('temporaryPasswordProblems names what is missing', () => {
  expect(temporaryPasswordProblems('abcdefghijk')).toEqual(['at least 12 characters', 'an upper-case letter', 'a digit']);
  expect(temporaryPasswordProblems('Abcdefghij1O')).toEqual(['no look-alike characters (0, O, 1, l, I)']);
});

test('temporary passwords come from crypto.getRandomValues', () => {
  const spy = vi.spyOn(crypto, 'getRandomValues');
  generateTemporaryPassword();
  expect(spy).toHaveBeenCalled();
  spy.mockRestore();
});

test('hashes are salted PBKDF2: the same password hashes differently, and verifies', async () => {
  const [a, b] = await Promise.all([hashPassword('geheim-123'), hashPassword('geheim-123')]);
  expect(a).not.toBe(b);
  expect(a).not.toContain('geheim');
  expect(await verifyPassword('geheim-123', a)).toBe(true);
  expect(await verifyPassword('geheim-124', a)).toBe(false);
  expect(await verifyPassword('geheim-123', 'plain:geheim-123')).toBe(false);
});

test('session tokens are long, random and URL-safe', () => {
  const tokens = new Set(Array.from({ length: 100 }, generateToken));
  expect(tokens.size).toBe(100);
  for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
});
