/** The catch-all route: the back office's URLs, and any URL no section knows, by who is asking. */
import { Suspense, type ComponentType, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { currentSession } from '../core/session/authProvider';
import { returnTo } from '../core/session/endSession';
import { CHANGE_PASSWORD_PATH, homeOf, LOGIN_PATH } from '../core/session/landing';
import { isStaff } from '../core/roles';
import { lazyNamed } from '../core/ui/lazyNamed';

const PortalNotFound = lazyNamed(() => import('../customer/portal/portalPages'), 'PortalNotFound');
const NotFoundPage = lazyNamed(() => import('../customer/NotFoundPage'), 'NotFoundPage');

/** The back office's resources (BackOffice.tsx): someone not logged in logs in and comes back; a customer goes home. */
const backOfficeRoots = ['/contacts', '/audit'];

function isBackOfficePath(pathname: string): boolean {
  return backOfficeRoots.some((root) => pathname === root || pathname.startsWith(`${root}/`));
}

interface UnknownPathProps {
  BackOffice: ComponentType;
  fallback: ReactNode;
}

export function UnknownPath({ BackOffice, fallback }: UnknownPathProps) {
  const location = useLocation();
  const session = currentSession();
  // Staff get the back office, whose own "not found" answers a URL it does not know.
  if (session && isStaff(session.user.role)) return <Suspense fallback={fallback}><BackOffice /></Suspense>;
  if (isBackOfficePath(location.pathname)) {
    return session ? <Navigate to={homeOf(session.user.role)} replace /> : <Navigate to={LOGIN_PATH} replace state={returnTo(location)} />;
  }
  if (session?.mustChangePassword) return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  return <Suspense fallback={fallback}>{session ? <PortalNotFound /> : <NotFoundPage />}</Suspense>;
}
