/** Calls the API itself, not through the back office's data provider, which would pull
 * simple-rest into the portal's chunk. */
import { apiPaths, withParams } from '../../core/api/paths';
import type { PreviewResponse } from '../../core/api/types';
import { customerMethods } from '../api/customerMethods';
import { postJson } from '../../core/api/httpClient';
import { enterPreview, leavePreview, type PreviewTab } from '../../core/session/previewTab';
import { readSession, writeSession } from '../../core/session/session';
import { fullName } from '../../core/ui/names';

export async function startPreview(tab: PreviewTab): Promise<void> {
  // An ended preview's leftovers go first, so the request carries the staff member's session.
  leavePreview();
  const { data } = await postJson<PreviewResponse>(withParams(apiPaths.accountPreview, { id: tab.accountId }));
  enterPreview(data.status === 'blocked' ? { ...tab, blockedAt: data.organizationName } : tab);
  writeSession({
    token: data.token,
    expiresAt: data.expiresAt,
    mustChangePassword: false,
    user: { id: tab.accountId, name: '', role: 'klant', organizationId: null },
  });
  const account = await customerMethods.getAccountMine();
  const session = readSession();
  if (session) writeSession({ ...session, user: { ...session.user, name: fullName(account) } });
}
