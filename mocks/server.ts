/**
 * The mock Hub API over real HTTP (`npm run mock-api`), for partners trying the API with curl and
 * for end-to-end runs against a production build. Same handlers and store as the browser demo.
 *
 * Env: PORT (default 3001), HOST (default 127.0.0.1), HUB_SEED_CONTACTS (default 250),
 * MOCK_API_DELAY_MS ("200" or "150-300"; no delay unless set), PORTAL_URL (the portal that mails
 * link to; default the local demo, http://localhost:5173/), MOCK_API_PUBLIC_OUTBOX=1 or
 * `--public-outbox` (anyone may read the outbox: for a private demo only).
 */
import { createMiddleware } from '@mswjs/http-middleware';
import express, { type NextFunction, type Request, type Response } from 'express';
import { createServer } from 'node:http';
import { config, resetDb } from './db';
import { createHandlers } from './handlers';
import { answerClientErrorsInJson, guardEdges } from './httpEdges';
import { parsePortalUrl } from './mail/portalUrl';

/** Any local dev or preview origin (vite picks other ports when 5173/4173 are taken). */
const LOCAL_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/;

function cors(req: Request, res: Response, next: NextFunction) {
  const origin = req.get('origin');
  if (origin && LOCAL_ORIGIN.test(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, OPTIONS');
    // Range: ra-data-simple-rest sends it with every getList.
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Range');
    // Content-Disposition: the file name of a document download; Retry-After: how long a lock lasts.
    res.setHeader('Access-Control-Expose-Headers', 'Content-Range, Content-Disposition, Retry-After');
    res.setHeader('Access-Control-Max-Age', '600');
  }
  if (req.method === 'OPTIONS') res.status(204).end();
  else next();
}

function parseDelay(value: string | undefined): [number, number] | null {
  const match = /^(\d+)(?:-(\d+))?$/.exec(value ?? '');
  return match ? [Number(match[1]), Number(match[2] ?? match[1])] : null;
}

/** Anything the handlers did not turn into an answer: a 500 in the contract's shape, details in the log only. */
function internalError(error: unknown, _req: Request, res: Response, next: NextFunction) {
  console.error('[mock api]', error);
  if (res.headersSent) return next(error);
  res.status(500).json({ error: { code: 'internal_error', message: 'The mock API failed unexpectedly.' } });
}

const seedContacts = Number(process.env.HUB_SEED_CONTACTS ?? 250);
resetDb({ contacts: Number.isInteger(seedContacts) && seedContacts > 0 ? seedContacts : 250 });
config.latencyMs = parseDelay(process.env.MOCK_API_DELAY_MS);
try {
  config.portalUrl = parsePortalUrl(process.env.PORTAL_URL ?? config.portalUrl);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const publicOutbox = process.argv.includes('--public-outbox') || process.env.MOCK_API_PUBLIC_OUTBOX === '1';

const app = express();
app.disable('x-powered-by');
app.use(cors);
// '' as the API base: handlers match the path on whatever host the request names. Unknown
// paths get the handlers' own 404.
app.use(createMiddleware(...createHandlers('', { outbox: { public: publicOutbox } })));
// The handlers answer every path; should one ever pass, Express's HTML 404 must not.
app.use((_req: Request, res: Response) => {
  res.status(404).json({ error: { code: 'not_found', message: 'No such endpoint in the Hub API.' } });
});
app.use(internalError);

const port = Number(process.env.PORT ?? 3001);
const host = process.env.HOST ?? '127.0.0.1';
// No Host header: our guard's JSON 400 rather than Node's empty one.
const server = createServer({ requireHostHeader: false }, guardEdges(app));
answerClientErrorsInJson(server);
server.listen(port, host, () => {
  console.log(`Mock Hub API on http://${host}:${port} (${seedContacts} contacts${config.latencyMs ? `, delay ${config.latencyMs.join('-')} ms` : ''}); mails link to ${config.portalUrl}`);
  if (publicOutbox) {
    console.warn('WARNING: the outbox is public (--public-outbox): anyone who reaches this port reads every temporary password and reset link. Use it for a private demo only.');
  }
});
