/**
 * Login protection per username and client: ten failures from one client lock that client out
 * for 15 minutes (429 with Retry-After), nobody else; a hundred from all clients together lock the
 * username. Every failure costs the same work.
 */
import { vi } from 'vitest';
import { advanceClock, db } from '../db';
import { CLIENT_HEADER } from '../http';
import { TEST_API_BASE } from '../node';
import { login } from '../../test/kit/api';

const MINUTE = 60_000;

/** A login from a given client address, as the HTTP server would mark it. */
async function loginFrom(client: string, username: string, password = 'demo'): Promise<number> {
  const response = await fetch(`${TEST_API_BASE}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json', [CLIENT_HEADER]: client }, body: JSON.stringify({ username, password }) });
  return response.status;
}

async function failTimes(client: string, username: string, times: number) {
  for (let i = 0; i < times; i++) expect(await loginFrom(client, username, `fout-${i}`)).toBe(401);
}

async function answerFrom(client: string, username: string, password = 'demo') {
  const response = await fetch(`${TEST_API_BASE}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json', [CLIENT_HEADER]: client }, body: JSON.stringify({ username, password }) });
  return { status: response.status, retryAfter: response.headers.get('Retry-After'), body: await response.json() };
}

test('10 failures in a row from one client lock that client out for 15 minutes: 429 with Retry-After, right password or not; the timeline says so', async () => {
  await failTimes('10.0.0.1', 'klant@hub.example', 9);
  expect(await loginFrom('10.0.0.1', 'klant@hub.example')).toBe(200); // a success resets the count
  await failTimes('10.0.0.1', 'klant@hub.example', 10);
  const locked = await answerFrom('10.0.0.1', 'klant@hub.example');
  expect(locked).toMatchObject({ status: 429, retryAfter: String(15 * 60), body: { error: { code: 'too_many_attempts' } } });
  // The wrong password gets the very same answer: a lock says nothing about the password.
  expect(await answerFrom('10.0.0.1', 'klant@hub.example', 'fout')).toEqual(locked);
  const lockEvents = [...db.tables.events.values()].filter((e) => e.type === 'locked');
  expect(lockEvents).toHaveLength(1);
  expect(lockEvents[0]).toMatchObject({ username: 'klant@hub.example', actorId: null, actorName: 'Hub' });
  advanceClock(15 * MINUTE - 1000);
  expect(await answerFrom('10.0.0.1', 'klant@hub.example')).toMatchObject({ status: 429, retryAfter: '1' });
  advanceClock(2000);
  expect(await loginFrom('10.0.0.1', 'klant@hub.example')).toBe(200);
});

test('a stranger\'s failures do not lock the owner out: staff and customers log in from their own client', async () => {
  for (const username of ['beheerder@hub.example', 'klant@hub.example']) {
    await failTimes('203.0.113.9', username, 10);
    expect(await loginFrom('203.0.113.9', username)).toBe(429);
    expect(await loginFrom('192.168.1.20', username)).toBe(200);
  }
});

test('guessing from many clients stays bounded: 100 failures from all clients together lock the username for everyone', async () => {
  for (let client = 1; client <= 11; client++) await failTimes(`198.51.100.${client}`, 'klant@hub.example', client === 11 ? 0 : 10);
  expect(await loginFrom('192.168.1.20', 'klant@hub.example')).toBe(429);
  advanceClock(15 * MINUTE + 1000);
  expect(await loginFrom('192.168.1.20', 'klant@hub.example')).toBe(200);
});

test('an unknown username is counted and locked the same way, and other usernames are not affected', async () => {
  await failTimes('local', 'niemand@hub.example', 10);
  expect(db.tables.loginAttempts.get('niemand@hub.example local')?.lockedUntil).not.toBeNull();
  expect(await loginFrom('local', 'niemand@hub.example')).toBe(429);
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
  await failTimes('local', 'noor.hendriks@voorbeeld.nl', 10);
  expect(await work('noor.hendriks@voorbeeld.nl', 'demo', 429)).toBe(unknown);
  derive.mockRestore();
});
