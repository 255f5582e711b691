/** Every handler of the mock Hub API, mounted on one API base (absolute URL, or '' for any host). */
import { accountHandlers } from './accounts';
import { authHandlers } from './auth';
import { contactHandlers } from './contacts';
import { mineHandlers } from './mine';
import { organizationHandlers } from './organizations';

export function createHandlers(apiBase: string) {
  return [
    ...authHandlers(apiBase),
    // The "mine" routes first: /organization/organizations/mine must not be read as an id.
    ...mineHandlers(apiBase),
    ...contactHandlers(apiBase),
    ...accountHandlers(apiBase),
    ...organizationHandlers(apiBase),
  ];
}
