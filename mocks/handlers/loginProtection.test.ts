/** Lockout after 10 failed logins in a row (429), released after 15 minutes; every failure costs the same work. */
import { vi } from 'vitest';
import { advanceClock, db } from '../db';
import { login } from '../../test/kit/api';

const MINUTE = 60_000;

async function failTimes(username: string, times: number) {
  for (let i = 0; i < times; i++) expect((await login(username, `fout-${i}`)).status).toBe(401);
}

test('after 10 failed logins in a row the username is locked for 15 minutes: 429 with Retry-After, right password or not, and the timeline says so', async () => {
  await failTimes('klant@hub.example', 9);
  expect((await login('klant@hub.example')).status).toBe(200); // a success resets the count
  await failTimes('klant@hub.example', 10);
  const locked = await login('klant@hub.example');
  expect(locked.status).toBe(429);
  expect(locked.body.error.code).toBe('too_many_attempts');
  expect(locked.headers.get('Retry-After')).toBe(String(15 * 60));
  // The wrong password gets the very same answer: a lock says nothing about the password.
  const wrong = await login('klant@hub.example', 'fout');
  expect({ status: wrong.status, body: wrong.body }).toEqual({ status: locked.status, body: locked.body });
  const lockEvents = [...db.tables.events.values()].filter((e) => e.type === 'locked');
  expect(lockEvents).toHaveLength(1);
  expect(lockEvents[0]).toMatchObject({ username: 'klant@hub.example', actorId: null, actorName: 'Hub' });
  advanceClock(15 * MINUTE - 1000);
  const late = await login('klant@hub.example');
  expect(late.status).toBe(429);
  expect(late.headers.get('Retry-After')).toBe('1');
  advanceClock(2000);
  expect((await login('klant@hub.example')).status).toBe(200);
});

test('an unknown username is counted and locked the same way, and other usernames are not affected', async () => {
  await failTimes('niemand@hub.example', 10);
  expect(db.tables.loginAttempts.get('niemand@hub.example')?.lockedUntil).not.toBeNull();
  expect((await login('niemand@hub.example')).status).toBe(429);
  expect((await login('beheerder@hub.example')).status).toBe(200);
});

test('unknown user, wrong password, blocked account and locked username do the same hashing work', async () => {
  const derive = vi.spyOn(crypto.subtle, 'deriveBits');
  const work = async (username: string, password: string, status = 401) => {
    derive.mockClear();
    expect((await login(username, password)).status).toBe(status);
    return derive.mock.calls.length;
  };
  const unknown = await work('niemand@hub.example', 'demo');
  expect(unknown).toBeGreaterThan(0);
  expect(await work('klant@hub.example', 'fout')).toBe(unknown);
  expect(await work('eva.janssen@voorbeeld.nl', 'fout')).toBe(unknown);
  db.saveAccount({ ...db.accountByUsername('thomas.vanleeuwen@voorbeeld.nl')!, blockedAt: new Date().toISOString() });
  expect(await work('thomas.vanleeuwen@voorbeeld.nl', 'demo')).toBe(unknown);
  await failTimes('noor.hendriks@voorbeeld.nl', 10);
  expect(await work('noor.hendriks@voorbeeld.nl', 'demo', 429)).toBe(unknown);
  derive.mockRestore();
});
