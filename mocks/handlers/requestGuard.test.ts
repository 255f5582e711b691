/** The API's outer rules: every answer is the contract's JSON error, also for what no operation handles. */
import { vi } from 'vitest';
import { responseSchemaErrors } from '../../test/kit/apiSchema';
import { db } from '../db';
import { ApiError, MAX_BODY_BYTES } from '../http';
import { readJsonBody } from '../requestValidation';
import { TEST_API_BASE } from '../node';
import { expectConsoleError } from '../../test/kit/console';
import { tokenFor } from '../../test/kit/api';

const post = (path: string, body: BodyInit, contentType = 'application/json') =>
  fetch(`${TEST_API_BASE}${path}`, { method: 'POST', headers: { 'Content-Type': contentType }, body });
const loginBody = JSON.stringify({ username: 'klant@hub.example', password: 'demo' });

/** The status and error code, after checking the body against the operation's documented answer. */
async function answer(response: Response, contractPath: string, method: 'get' | 'post') {
  const body = await response.json();
  expect(responseSchemaErrors(contractPath, method, response.status, body)).toEqual([]);
  return { status: response.status, code: body.error?.code };
}

test('an unknown path is a 404 in the contract error body: paths match exactly, in case and without a trailing slash', async () => {
  const token = await tokenFor('beheerder@hub.example');
  const get = (path: string) => fetch(`${TEST_API_BASE}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  expect((await get('/demo/outbox')).status).toBe(200);
  for (const response of [await get('/nothing/here'), await get('/DEMO/OUTBOX'), await get('/demo/outbox/'), await get('/Contact/contacts/1')]) {
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: 'No such endpoint in the Hub API.' } });
  }
});

test('a method the API never uses is a 405 naming the ones it does, on known and unknown paths', async () => {
  for (const response of [await fetch(`${TEST_API_BASE}/contact/contacts/1`, { method: 'DELETE' }), await fetch(`${TEST_API_BASE}/nothing`, { method: 'PATCH' })]) {
    expect([response.status, response.headers.get('Allow')]).toEqual([405, 'GET, POST, PUT, OPTIONS']);
    expect(await response.json()).toEqual({ error: { code: 'method_not_allowed', message: expect.any(String) } });
  }
});

test('a path with a malformed percent-encoding is a 400 invalid_url', async () => {
  const response = await fetch(`${TEST_API_BASE}/contact/contacts/%E0%A4%A`);
  expect(await answer(response, '/contact/contacts/{id}', 'get')).toEqual({ status: 400, code: 'invalid_url' });
});

test('a body over 64 kB is a 413; one exactly at the limit is read', async () => {
  const big = JSON.stringify({ username: 'klant@hub.example', password: 'x'.repeat(MAX_BODY_BYTES) });
  expect(await answer(await post('/auth/login', big), '/auth/login', 'post')).toEqual({ status: 413, code: 'payload_too_large' });
  const padded = loginBody.replace('{', `{${' '.repeat(MAX_BODY_BYTES - loginBody.length)}`);
  expect((await post('/auth/login', padded)).status).toBe(200);
});

test('a body without a length is read up to the limit only, then refused with a 413', async () => {
  let pulled = 0;
  const endless = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += 1;
      controller.enqueue(new Uint8Array(16 * 1024).fill(32));
    },
  });
  const request = new Request(`${TEST_API_BASE}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: endless, duplex: 'half' } as RequestInit);
  const refusal = await readJsonBody(request).catch((error: unknown) => error);
  expect(refusal).toBeInstanceOf(ApiError);
  expect(refusal).toMatchObject({ status: 413, code: 'payload_too_large' });
  // Four chunks of 16 kB fill the 64 kB; the fifth goes over (and the stream may pull one ahead).
  expect(pulled).toBeLessThanOrEqual(6);
});

test('a body that is not sent as application/json is a 415, and nothing is done with it', async () => {
  for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
    expect(await answer(await post('/auth/login', loginBody, type), '/auth/login', 'post')).toEqual({ status: 415, code: 'unsupported_media_type' });
  }
  expect(await answer(await post('/auth/forgot-password', JSON.stringify({ username: 'klant@hub.example' }), 'text/plain'), '/auth/forgot-password', 'post'))
    .toEqual({ status: 415, code: 'unsupported_media_type' });
  expect(db.tables.mails.size).toBe(0);
  expect((await post('/auth/login', loginBody, 'application/json; charset=utf-8')).status).toBe(200);
});

test('an unexpected failure is a 500 internal_error that says nothing of the cause', async () => {
  const failing = vi.spyOn(db, 'accountByUsername').mockImplementation(() => {
    throw new Error('secret detail at /srv/hub/store.ts:42');
  });
  // The cause goes to the server's log, never to the client.
  expectConsoleError(/secret detail at \/srv\/hub\/store\.ts:42/);
  const response = await post('/auth/login', loginBody);
  const text = await response.clone().text();
  expect(await answer(response, '/auth/login', 'post')).toEqual({ status: 500, code: 'internal_error' });
  expect(text).not.toMatch(/secret|store\.ts|Error/);
  failing.mockRestore();
});
