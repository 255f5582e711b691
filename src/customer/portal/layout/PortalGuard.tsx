/**
 * Every portal page first needs a session (else the login page, which brings the customer back
 * here afterwards), then the `portal` right (customers only; staff get the access-denied
 * explanation), then a password of their own. All three are in the stored session, so the checks
 * are synchronous: re-run on every navigation, and never a render pass spent waiting.
 */
import { Suspense } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { AccessDenied } from '../../../core/ui/AccessDenied';
import { currentSession } from '../../../core/session/authProvider';
import { LOGIN_PATH } from '../../../core/session/landing';
import { currentPreview } from '../../../core/session/previewTab';
import { canAccess } from '../../../core/roles';
import { returnTo } from '../../../core/session/endSession';
import { lazyNamed } from '../../../core/ui/lazyNamed';
import { portalPaths } from '../portalPaths';

// Only a preview tab whose session ended shows it: not in the first chunk of every customer.
const PreviewEnded = lazyNamed(() => import('../../preview/PreviewEnded'), 'PreviewEnded');

export function RequireSession() {
  const location = useLocation();
  const preview = currentPreview();
  // A preview whose session ended (on a 401) says so, and never falls back to a login page.
  if (preview && !currentSession()) {
    return (
      <Suspense>
        <PreviewEnded tab={preview} />
      </Suspense>
    );
  }
  if (!currentSession()) return <Navigate to={LOGIN_PATH} replace state={returnTo(location)} />;
  return <Outlet />;
}

/** Customers only, and only once they chose their own password. */
export function RequireCustomer() {
  const session = currentSession();
  if (!canAccess(session?.user.role, 'portal', 'read')) return <AccessDenied />;
  if (session?.mustChangePassword) return <Navigate to={portalPaths.changePassword} replace />;
  return <Outlet />;
}

/** A preview is read-only: it has no password to change. */
export function NotInPreview() {
  return currentPreview() ? <Navigate to={portalPaths.account} replace /> : <Outlet />;
}
