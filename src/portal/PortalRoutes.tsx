/**
 * The customer portal's routes, for App.tsx's `<CustomRoutes noLayout>`: the portal brings its
 * own layout. Every page needs a session; the password change only that, the other pages also
 * the customer role and a password of the customer's own.
 */
import { Suspense } from 'react';
import { Navigate, Route } from 'react-router';
import { lazyNamed } from '../ui/lazyNamed';
import { NotInPreview, RequireCustomer, RequireSession } from './PortalGuard';
import { portalPaths } from './portalPaths';
import { PageSkeleton } from './QueryState';

// The portal's layout and pages are one chunk of their own, loaded when first shown: the login
// page and the back office never download it. PortalLayout has its own Suspense around the page.
const portalPages = () => import('./portalPages');
const ChangePasswordPage = lazyNamed(portalPages, 'ChangePasswordPage');
const PortalLayout = lazyNamed(portalPages, 'PortalLayout');
const AccountPage = lazyNamed(portalPages, 'AccountPage');
const OrganisationsPage = lazyNamed(portalPages, 'OrganisationsPage');
const PermissionsPage = lazyNamed(portalPages, 'PermissionsPage');
const ContractList = lazyNamed(portalPages, 'ContractList');
const ContractShow = lazyNamed(portalPages, 'ContractShow');

/** Fetches the portal's layout and pages (one chunk) at once: for an app opened on a portal URL. */
export function preloadPortal(): Promise<unknown> {
  return PortalLayout.preload();
}

export const portalRoutes = (
  <Route
    path={portalPaths.account}
    element={
      <Suspense fallback={<PageSkeleton />}>
        <RequireSession />
      </Suspense>
    }
  >
    <Route element={<NotInPreview />}>
      <Route path="change-password" element={<ChangePasswordPage />} />
    </Route>
    <Route element={<RequireCustomer />}>
      <Route element={<PortalLayout />}>
        <Route index element={<AccountPage />} />
        <Route path="organisations" element={<OrganisationsPage />} />
        <Route path="permissions" element={<PermissionsPage />} />
        <Route path="contracts" element={<ContractList />} />
        <Route path="contracts/:id" element={<ContractShow />} />
        <Route path="*" element={<Navigate to={portalPaths.account} replace />} />
      </Route>
    </Route>
  </Route>
);
