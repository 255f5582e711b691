/**
 * The mock over HTTP, before Express and MSW see a request: what fetch's `Request` cannot carry
 * (TRACE, CONNECT), a Host or request target that names no URL, and a body announced as too large
 * are answered here, in the contract's error body like everything else.
 */
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { CLIENT_HEADER, MAX_BODY_BYTES } from './http';
import { API_METHODS, methodNotAllowed } from './handlers/requestGuard';

/**
 * An oversized body is read (and dropped) before its 413 goes out: answering and closing while
 * the client still sends makes its TCP stack see a reset instead of the answer. Beyond this much
 * the connection is dropped: nobody's honest request gets there.
 */
export const DRAIN_LIMIT_BYTES = 16 * 1024 * 1024;

function errorJson(code: string, message: string): string {
  return JSON.stringify({ error: { code, message } });
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)), ...headers });
  res.end(body);
}

const invalidUrl = () => errorJson('invalid_url', 'The request names no valid URL: check the Host header and the request target.');

function refuseOnceRead(req: IncomingMessage, res: ServerResponse) {
  let read = 0;
  req.on('data', (chunk: Buffer) => {
    read += chunk.byteLength;
    if (read > DRAIN_LIMIT_BYTES) req.destroy();
  });
  req.on('end', () => send(res, 413, errorJson('payload_too_large', `The request body is larger than ${MAX_BODY_BYTES / 1024} kB.`), { Connection: 'close' }));
}

/** Wraps the app's request listener with the edge rules. */
export function guardEdges(app: RequestListener): RequestListener {
  return (req, res) => {
    if (!(API_METHODS as readonly string[]).includes(req.method ?? '')) {
      const problem = methodNotAllowed();
      return send(res, 405, errorJson(problem.code, problem.message), { Allow: API_METHODS.join(', ') });
    }
    const origin = `http://${req.headers.host ?? ''}`;
    if (!URL.canParse(origin) || !URL.canParse(req.url ?? '', origin) || !/^(\/|https?:\/\/)/i.test(req.url ?? '')) return send(res, 400, invalidUrl());
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return refuseOnceRead(req, res);
    // The socket's address, never what the client claims: login protection counts per client.
    req.headers[CLIENT_HEADER.toLowerCase()] = req.socket.remoteAddress ?? 'unknown';
    app(req, res);
  };
}

/** What Node's parser refuses itself (a request line or header it cannot read) gets a JSON 400 too. */
export function answerClientErrorsInJson(server: Server): void {
  server.on('clientError', (_error: Error, socket: Duplex) => {
    if (!socket.writable) return socket.destroy();
    const body = errorJson('bad_request', 'The request is not valid HTTP.');
    socket.end(`HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });
}
