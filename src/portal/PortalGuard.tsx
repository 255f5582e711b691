/**
 * Custom routes are public by default: every portal page first needs a session (else the login
 * page, which brings the customer back here afterwards), then the `portal` right (customers
 * only; staff get the shell's access-denied explanation), then a password of their own.
 */
import { Authenticated, CanAccess } from 'react-admin';
import { Navigate, Outlet } from 'react-router';
import { PageSkeleton } from './QueryState';
import { AccessDenied } from '../layout/AccessDenied';
import { useMustChangePassword } from './useMustChangePassword';
import { portalPaths } from './portalPaths';

export function RequireSession() {
  return (
    <Authenticated loading={<PageSkeleton />}>
      <Outlet />
    </Authenticated>
  );
}

/** Customers only, and only once they chose their own password. */
export function RequireCustomer() {
  return (
    <CanAccess resource="portal" action="read" loading={<PageSkeleton />} accessDenied={<AccessDenied />}>
      <RequirePasswordChanged />
    </CanAccess>
  );
}

function RequirePasswordChanged() {
  const mustChangePassword = useMustChangePassword();
  if (mustChangePassword === undefined) return <PageSkeleton />;
  if (mustChangePassword) return <Navigate to={portalPaths.changePassword} replace />;
  return <Outlet />;
}
