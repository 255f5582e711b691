/**
 * The customer's security page: their open sessions (ending one, or all others) and "Wie keek
 * mee", every "Bekijk als klant" of the last year; and the staff's "Alle sessies beëindigen". A
 * preview token reads none of it (403): it is not the customer's.
 */
import { http } from 'msw';
import { apiPaths } from '../../src/core/api/paths';
import { canAccess } from '../../src/core/roles';
import { db, dropSession, endPreviewsBy, endSession, now, openSessionsOf, recordEvent, type SessionRow } from '../db';
import { DAY } from '../db/dates';
import { deviceOf } from '../db/devices';
import { ApiError, authenticate, authorize, endpoint, HttpResponse, notFound, pathId, route, type Schemas } from '../http';
import { accountInReach } from './accountLifecycle';

/** "Wie keek mee" looks back this far. */
const PREVIEW_HISTORY_MS = 365 * DAY;

async function toOwnSession(session: SessionRow, currentToken: string): Promise<Schemas['OwnSession']> {
  const { browser, os } = await deviceOf(session.userAgent);
  const { id, createdAt, lastSeenAt, expiresAt, userAgent } = session;
  return { id, createdAt, lastSeenAt, expiresAt, userAgent, browser, os, current: session.token === currentToken };
}

const ended = (count: number) => HttpResponse.json<Schemas['SessionsEndedResponse']>({ data: { ended: count } });

export function securityHandlers(apiBase: string) {
  return [
    http.get(endpoint(apiBase, apiPaths.ownSessions), route(async ({ request }) => {
      const { account, session } = authenticate(request);
      const open = openSessionsOf(account.id).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      const items = await Promise.all(open.map((row) => toOwnSession(row, session.token)));
      return HttpResponse.json<Schemas['OwnSessionsResponse']>({ data: { items } });
    })),

    // Before `{sessionId}`, though no id of 22 characters can be "end-others".
    http.post(endpoint(apiBase, apiPaths.endOtherOwnSessions), route(({ request }) => {
      const { account, session } = authenticate(request);
      const others = openSessionsOf(account.id).filter((row) => row.token !== session.token);
      for (const other of others) endSession(other, 'session_ended_elsewhere');
      return ended(others.length);
    })),

    http.delete(endpoint(apiBase, apiPaths.ownSession), route(({ request, params }) => {
      const { account, session } = authenticate(request);
      const target = openSessionsOf(account.id).find((row) => row.id === params.sessionId);
      if (!target) throw notFound();
      if (target.token === session.token) {
        // This session: a logout, which ends the staff member's previews as their logout does.
        endPreviewsBy(account.id);
        dropSession(target);
      } else {
        endSession(target, 'session_ended_elsewhere');
      }
      return new HttpResponse(null, { status: 204 });
    })),

    http.get(endpoint(apiBase, apiPaths.ownPreviews), route(({ request }) => {
      const { account } = authenticate(request);
      if (!canAccess(account.role, 'portal', 'read')) throw new ApiError(403, 'forbidden', 'Only customers have previews of their portal.');
      const since = now() - PREVIEW_HISTORY_MS;
      const items = [...db.tables.previews.values()]
        .filter((row) => row.accountId === account.id && Date.parse(row.startedAt) >= since)
        .sort((a, b) => b.startedAt.localeCompare(a.startedAt))
        .map(({ id, staffName, organizationId, organizationName, startedAt, expiresAt, endedAt }) => ({
          id, staffName, organizationId, organizationName, startedAt,
          // A preview that ran out ended at its expiry; one still open has no end yet.
          endedAt: endedAt ?? (Date.parse(expiresAt) <= now() ? expiresAt : null),
        }));
      return HttpResponse.json<Schemas['OwnPreviewsResponse']>({ data: { items } });
    })),

    http.post(endpoint(apiBase, apiPaths.accountSessionsEnd), route(({ request, params }) => {
      const caller = authorize(request, 'accounts', 'edit');
      const account = accountInReach(caller, pathId(params.id));
      const open = openSessionsOf(account.id);
      for (const session of open) endSession(session, 'session_ended_by_staff');
      recordEvent('sessions_ended', account, caller.account);
      return ended(open.length);
    })),
  ];
}
