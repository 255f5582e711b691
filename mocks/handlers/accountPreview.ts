/**
 * "Bekijk als klant": a Beheerder or Relatiebeheerder gets a short, read-only token to see the
 * portal as one of their organisation's customers sees it (their organisation's part only).
 */
import { http } from 'msw';
import { apiPaths } from '../../src/core/api/paths';
import { accountStatus, config, db, now, recordEvent } from '../db';
import { generateToken } from '../db/passwords';
import { authorize, endpoint, HttpResponse, pathId, route, type Schemas } from '../http';
import { accountInReach } from './accountLifecycle';

export function previewHandlers(apiBase: string) {
  return [
    http.post(endpoint(apiBase, apiPaths.accountPreview), route(({ request, params }) => {
      const caller = authorize(request, 'accounts', 'preview');
      // Blocked accounts too: staff need to see what the customer who calls about it saw.
      const account = accountInReach(caller, pathId(params.id));
      const organizationId = caller.account.organizationId!;
      const session = {
        token: generateToken(),
        accountId: account.id,
        expiresAt: new Date(now() + config.previewTtlMs).toISOString(),
        mustChangePassword: false,
        preview: { staffId: caller.account.id, organizationId },
      };
      db.saveSession(session);
      // Recorded for the previewing organisation only: it saw only its own part of the customer.
      const ownContactIds = account.contactIds.filter((id) => db.tables.contacts.get(id)?.organizationId === organizationId);
      recordEvent('previewed', { ...account, contactIds: ownContactIds }, caller.account);
      const organizationName = db.tables.organizations.get(organizationId)?.name ?? '';
      return HttpResponse.json<Schemas['PreviewResponse']>({
        data: { token: session.token, expiresAt: session.expiresAt, status: accountStatus(account, organizationId), organizationName },
      });
    })),
  ];
}
