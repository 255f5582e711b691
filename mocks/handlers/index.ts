/** Every handler of the mock Hub API, mounted on one API base (absolute URL, or '' for any host). */
import { accountLifecycleHandlers } from './accountLifecycle';
import { accountHandlers } from './accounts';
import { previewHandlers } from './accountPreview';
import { bulkAccountHandlers } from './accountsBulk';
import { authHandlers } from './auth';
import { eventHandlers } from './events';
import { outboxHandlers } from './outbox';
import { passwordResetHandlers } from './passwordReset';
import { contactHandlers } from './contacts';
import { documentHandlers } from './documents';
import { mineHandlers } from './mine';
import { organizationHandlers } from './organizations';

export function createHandlers(apiBase: string) {
  // MSW parses the URL and the cookies for each handler it tries, in this order: the back
  // office's most frequent request, the contact list, is tried first.
  return [
    ...contactHandlers(apiBase),
    ...authHandlers(apiBase),
    ...passwordResetHandlers(apiBase),
    // The "mine" routes first: /organization/organizations/mine must not be read as an id.
    ...mineHandlers(apiBase),
    ...documentHandlers(apiBase),
    ...accountHandlers(apiBase),
    ...bulkAccountHandlers(apiBase),
    ...accountLifecycleHandlers(apiBase),
    ...previewHandlers(apiBase),
    ...eventHandlers(apiBase),
    ...outboxHandlers(apiBase),
    ...organizationHandlers(apiBase),
  ];
}
