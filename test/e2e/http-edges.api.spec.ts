/**
 * The mock Hub API at the edges of HTTP, spoken to as a client's TCP stack would: oversized
 * bodies get their 413 and never a reset connection, and what fetch cannot send (TRACE, a broken
 * Host, an odd request target) still gets the contract's JSON error.
 */
import { connect } from 'node:net';
import { expect, test } from './fixtures';
import { api } from './mockApi';
import { ports } from '../../playwright.config';


/** Sends a raw request head and returns the status line, the content type and the parsed body. */
function raw(head: string): Promise<{ status: string; type: string | undefined; body: unknown }> {
  return new Promise((resolve, reject) => {
    let data = '';
    const socket = connect(ports.mockApi, '127.0.0.1', () => socket.write(`${head}\r\nConnection: close\r\n\r\n`));
    socket.on('data', (chunk) => (data += chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const [headers, body] = data.split('\r\n\r\n');
      resolve({ status: headers.split('\r\n')[0], type: /^content-type: ([^;\r]*)/im.exec(headers)?.[1], body: JSON.parse(body) });
    });
  });
}

const error = (code: string) => ({ error: { code, message: expect.any(String) } });

test('twenty 3 MB logins with Node\'s fetch all get the JSON 413, none a reset connection', async () => {
  const body = JSON.stringify({ username: 'klant@hub.example', password: 'x'.repeat(3_000_000) });
  const outcomes: string[] = [];
  for (let i = 0; i < 20; i++) {
    try {
      const response = await fetch(`${api}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      outcomes.push(`${response.status} ${((await response.json()) as { error: { code: string } }).error.code}`);
    } catch (failure) {
      outcomes.push(`${((failure as Error).cause as { code?: string })?.code ?? failure}`);
    }
  }
  expect(outcomes).toEqual(Array(20).fill('413 payload_too_large'));
});

test('TRACE and PATCH are a JSON 405, a malformed Host or target a JSON 400', async () => {
  for (const head of ['TRACE /auth/login HTTP/1.1\r\nHost: 127.0.0.1', 'PATCH /account/mine HTTP/1.1\r\nHost: 127.0.0.1']) {
    expect(await raw(head)).toEqual({ status: 'HTTP/1.1 405 Method Not Allowed', type: 'application/json', body: error('method_not_allowed') });
  }
  for (const head of ['GET /account/mine HTTP/1.1\r\nHost: a^b', 'GET /account/mine HTTP/1.1\r\nHost: [::1', 'GET http://[zz/account/mine HTTP/1.1\r\nHost: 127.0.0.1', 'GET /account/mine HTTP/1.1']) {
    expect(await raw(head)).toEqual({ status: 'HTTP/1.1 400 Bad Request', type: 'application/json', body: error('invalid_url') });
  }
  expect(await raw('GET http://a^b/account/mine HTTP/1.1\r\nHost: 127.0.0.1')).toEqual({ status: 'HTTP/1.1 400 Bad Request', type: 'application/json', body: error('bad_request') });
});

test('paths match exactly: another case or a trailing slash is a JSON 404, an absolute-form target is the path it names', async () => {
  for (const path of ['/DEMO/OUTBOX', '/demo/outbox/', '/Account/mine']) {
    expect(await raw(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1`)).toEqual({ status: 'HTTP/1.1 404 Not Found', type: 'application/json', body: error('not_found') });
  }
  expect(await raw('GET http://api.example/account/mine HTTP/1.1\r\nHost: 127.0.0.1')).toEqual({ status: 'HTTP/1.1 401 Unauthorized', type: 'application/json', body: error('unauthorized') });
});
