/**
 * The checks before a customer page, as router middleware: they run on every navigation, before
 * any loader, so a loader asks for data only for someone who may see the page. A refusal that
 * needs a page of its own (the login with its way back, the access-denied text, an ended
 * preview) is thrown as an error response and shown by `GuardRefusal`.
 */
import { Suspense } from 'react';
import { data, isRouteErrorResponse, Navigate, replace, useLocation, useRouteError, type MiddlewareFunction } from 'react-router';
import { AccessDenied } from '../core/ui/AccessDenied';
import { currentSession } from '../core/session/authProvider';
import { LOGIN_PATH } from '../core/session/landing';
import { currentPreview, type PreviewTab } from '../core/session/previewTab';
import { canAccess } from '../core/roles';
import { returnTo } from '../core/session/endSession';
import { lazyNamed } from '../core/ui/lazyNamed';
import { portalPaths } from './portal/portalPaths';

// Only a preview tab whose session ended shows it: not in the first chunk of every customer.
const PreviewEnded = lazyNamed(() => import('./preview/PreviewEnded'), 'PreviewEnded');

/** A preview whose session ended (on a 401) says so, and never falls back to a login page. */
export const requireSession: MiddlewareFunction = () => {
  if (!currentSession()) throw data<PreviewTab | null>(currentPreview(), { status: 401 });
};

/** Customers only, and only once they chose their own password. */
export const requireCustomer: MiddlewareFunction = () => {
  const session = currentSession();
  if (!canAccess(session?.user.role, 'portal', 'read')) throw data(null, { status: 403 });
  if (session?.mustChangePassword) throw replace(portalPaths.changePassword);
};

/** The change-password page is about the temporary password: without one (a preview has none), the portal. */
export const requireTemporaryPassword: MiddlewareFunction = () => {
  if (!currentSession()?.mustChangePassword) throw replace(portalPaths.account);
};

/** The page for a refusal above; any other error goes on up. */
export function GuardRefusal() {
  const error = useRouteError();
  const location = useLocation();
  if (!isRouteErrorResponse(error) || ![401, 403].includes(error.status)) throw error;
  if (error.status === 403) return <AccessDenied />;
  // The tab as it was refused: leaving the preview (for a new one) must not turn this into a login page.
  const preview = error.data as PreviewTab | null;
  if (preview) {
    return (
      <Suspense>
        <PreviewEnded tab={preview} />
      </Suspense>
    );
  }
  return <Navigate to={LOGIN_PATH} replace state={returnTo(location)} />;
}
