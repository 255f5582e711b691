/** Every handler of the mock Hub API, mounted on one API base (absolute URL, or '' for any host). */
import { accountLifecycleHandlers } from './accountLifecycle';
import { accountHandlers } from './accounts';
import { previewHandlers } from './accountPreview';
import { bulkAccountHandlers } from './accountsBulk';
import { authHandlers } from './auth';
import { secondFactorHandlers } from './secondFactor';
import { eventHandlers } from './events';
import { outboxHandlers, type OutboxOptions } from './outbox';
import { passwordResetHandlers } from './passwordReset';
import { activationHandlers } from './activation';
import { securityHandlers } from './security';
import { contactHandlers } from './contacts';
import { documentHandlers } from './documents';
import { mineHandlers } from './mine';
import { organizationHandlers } from './organizations';
import { accountResetMailHandlers } from './accountResetMail';
import { requestGuardHandler, unknownRouteHandler } from './requestGuard';

export interface HandlerOptions {
  outbox?: OutboxOptions;
}

export function createHandlers(apiBase: string, options: HandlerOptions = {}) {
  return [
    requestGuardHandler(apiBase),
    ...authHandlers(apiBase),
    ...secondFactorHandlers(apiBase),
    ...passwordResetHandlers(apiBase),
    ...activationHandlers(apiBase),
    ...securityHandlers(apiBase),
    // The "mine" routes first: /organization/organizations/mine must not be read as an id.
    ...mineHandlers(apiBase),
    ...contactHandlers(apiBase),
    ...documentHandlers(apiBase),
    ...accountHandlers(apiBase),
    ...bulkAccountHandlers(apiBase),
    ...accountLifecycleHandlers(apiBase),
    ...previewHandlers(apiBase),
    ...accountResetMailHandlers(apiBase),
    ...eventHandlers(apiBase),
    ...outboxHandlers(apiBase, options.outbox),
    ...organizationHandlers(apiBase),
    unknownRouteHandler(apiBase),
  ];
}
