/**
 * Custom routes are public by default: every portal page first needs a session (else the login
 * page, which brings the customer back here afterwards), then the `portal` right (customers
 * only; staff get the shell's access-denied explanation), then a password of their own.
 * A customer whose stored session already says all that gets the page at once; everyone else
 * goes through react-admin's asynchronous checks, which also log out and redirect.
 */
import { Authenticated, CanAccess } from 'react-admin';
import { Navigate, Outlet, useLocation } from 'react-router';
import { PageSkeleton } from './QueryState';
import { AccessDenied } from '../layout/AccessDenied';
import { currentSession, isCustomerWithOwnPassword } from '../providers/authProvider';
import { currentPreview } from '../providers/previewTab';
import { PreviewEnded } from '../preview/PreviewEnded';
import { useMustChangePassword } from './useMustChangePassword';
import { portalPaths } from './portalPaths';

export function RequireSession() {
  // Re-checked on each navigation (this route element never changes by itself): a preview whose
  // session ended on a 401 is sent here, and never falls back to a login page.
  useLocation();
  const preview = currentPreview();
  if (preview && !currentSession()) return <PreviewEnded tab={preview} />;
  if (isCustomerWithOwnPassword()) return <Outlet />;
  return (
    <Authenticated loading={<PageSkeleton />}>
      <Outlet />
    </Authenticated>
  );
}

/** Customers only, and only once they chose their own password. */
export function RequireCustomer() {
  if (isCustomerWithOwnPassword()) return <Outlet />;
  return (
    <CanAccess resource="portal" action="read" loading={<PageSkeleton />} accessDenied={<AccessDenied />}>
      <RequirePasswordChanged />
    </CanAccess>
  );
}

/** A preview is read-only: it has no password to change. */
export function NotInPreview() {
  return currentPreview() ? <Navigate to={portalPaths.account} replace /> : <Outlet />;
}

function RequirePasswordChanged() {
  const mustChangePassword = useMustChangePassword();
  if (mustChangePassword === undefined) return <PageSkeleton />;
  if (mustChangePassword) return <Navigate to={portalPaths.changePassword} replace />;
  return <Outlet />;
}
