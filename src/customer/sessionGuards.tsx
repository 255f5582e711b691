/** Router middleware: runs before any loader, so data is asked only for someone who may see it. */
import { Suspense } from 'react';
import { data, isRouteErrorResponse, Navigate, replace, useLocation, useRouteError, type MiddlewareFunction } from 'react-router';
import { AccessDenied } from '../core/ui/AccessDenied';
import { currentSession } from '../core/session/authProvider';
import { ENROL_SECOND_FACTOR_PATH, homeOf, LOGIN_PATH } from '../core/session/landing';
import { currentPreview, type PreviewTab } from '../core/session/previewTab';
import { canAccess, isStaff } from '../core/roles';
import { returnTo } from '../core/session/endSession';
import { lazyNamed } from '../core/ui/lazyNamed';
import { portalPaths } from './portal/portalPaths';

// Only a preview tab whose session ended shows it: not in the first chunk of every customer.
const PreviewEnded = lazyNamed(() => import('./preview/PreviewEnded'), 'PreviewEnded');
const StaffOnPortalPage = lazyNamed(() => import('./StaffOnPortalPage'), 'StaffOnPortalPage');

export const requireSession: MiddlewareFunction = () => {
  if (!currentSession()) throw data<PreviewTab | null>(currentPreview(), { status: 401 });
};

export const requireCustomer: MiddlewareFunction = () => {
  const session = currentSession();
  if (!canAccess(session?.user.role, 'portal', 'read')) throw data(null, { status: 403 });
  if (session?.mustChangePassword) throw replace(portalPaths.changePassword);
};

export const refusePreview: MiddlewareFunction = () => {
  if (currentPreview()) throw data(null, { status: 403 });
};

export const requireTemporaryPassword: MiddlewareFunction = () => {
  if (!currentSession()?.mustChangePassword) throw replace(portalPaths.account);
};

/** The enrolment page is for a session that must still add a second factor; anyone else goes home. */
export const requireSecondFactorEnrolment: MiddlewareFunction = () => {
  const session = currentSession();
  if (session && !session.secondFactorEnrolmentRequired) throw replace(homeOf(session.user.role));
};

/** Such a session opens nothing else (the API refuses it too): the back office leads back to the enrolment. */
export const keepEnrolling: MiddlewareFunction = () => {
  if (currentSession()?.secondFactorEnrolmentRequired) throw replace(ENROL_SECOND_FACTOR_PATH);
};

export function GuardRefusal() {
  const error = useRouteError();
  const location = useLocation();
  if (!isRouteErrorResponse(error) || ![401, 403].includes(error.status)) throw error;
  if (error.status === 403) {
    const role = currentSession()?.user.role;
    if (!role || !isStaff(role)) return <AccessDenied />;
    return (
      <Suspense>
        <StaffOnPortalPage />
      </Suspense>
    );
  }
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
