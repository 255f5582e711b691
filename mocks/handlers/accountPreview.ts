/**
 * "Bekijk als klant": a Beheerder or Relatiebeheerder gets a short, read-only token to see the
 * portal as one of their organisation's customers sees it (their organisation's part only).
 */
import { http } from 'msw';
import { apiPaths } from '../../src/core/api/paths';
import { accountStatus, config, db, now, nowIso, recordEvent, type SessionRow } from '../db';
import { generateToken } from '../db/passwords';
import { newSessionId } from '../db/sessions';
import { authorize, endpoint, HttpResponse, pathId, route, type Schemas } from '../http';
import { accountInReach } from './accountLifecycle';

export function previewHandlers(apiBase: string) {
  return [
    http.post(endpoint(apiBase, apiPaths.accountPreview), route(({ request, params }) => {
      const caller = authorize(request, 'accounts', 'preview');
      // Blocked accounts too: staff need to see what the customer who calls about it saw.
      const account = accountInReach(caller, pathId(params.id));
      const organizationId = caller.account.organizationId!;
      const organizationName = db.tables.organizations.get(organizationId)?.name ?? '';
      const startedAt = nowIso();
      const expiresAt = new Date(now() + config.previewTtlMs).toISOString();
      // Kept apart from the session, which ends: the customer's "Wie keek mee" lists it for a year.
      const previewId = generateToken();
      db.put('previews', {
        id: previewId, accountId: account.id, staffId: caller.account.id, staffName: caller.account.displayName, organizationId, organizationName,
        startedAt, expiresAt, endedAt: null,
      });
      const session: SessionRow = {
        token: generateToken(),
        id: newSessionId(),
        accountId: account.id,
        createdAt: startedAt,
        lastSeenAt: startedAt,
        expiresAt,
        userAgent: null,
        mustChangePassword: false,
        preview: { staffId: caller.account.id, organizationId, previewId },
      };
      db.saveSession(session);
      // Recorded for the previewing organisation only: it saw only its own part of the customer.
      const ownContactIds = account.contactIds.filter((id) => db.tables.contacts.get(id)?.organizationId === organizationId);
      recordEvent('previewed', { ...account, contactIds: ownContactIds }, caller.account);
      return HttpResponse.json<Schemas['PreviewResponse']>({
        data: { token: session.token, expiresAt: session.expiresAt, status: accountStatus(account, organizationId), organizationName },
      });
    })),
  ];
}
