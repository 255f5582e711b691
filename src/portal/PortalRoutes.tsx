/**
 * The customer portal's routes, for App.tsx's `<CustomRoutes noLayout>`: the portal brings its
 * own layout. Every page needs a session; the password change only that, the other pages also
 * the customer role and a password of the customer's own.
 */
import { Suspense } from 'react';
import { Navigate, Route } from 'react-router';
import { lazyNamed } from '../ui/lazyNamed';
import { RequireCustomer, RequireSession } from './PortalGuard';
import { portalPaths } from './portalPaths';
import { PageSkeleton } from './QueryState';

// The portal's layout and pages are chunks of their own, loaded when first shown: the login page
// and the back office never download them. PortalLayout has its own Suspense around the page.
const ChangePasswordPage = lazyNamed(() => import('../auth/ChangePasswordPage'), 'ChangePasswordPage');
const PortalLayout = lazyNamed(() => import('./PortalLayout'), 'PortalLayout');
const AccountPage = lazyNamed(() => import('./AccountPage'), 'AccountPage');
const OrganisationsPage = lazyNamed(() => import('./OrganisationsPage'), 'OrganisationsPage');
const PermissionsPage = lazyNamed(() => import('./PermissionsPage'), 'PermissionsPage');
const ContractList = lazyNamed(() => import('./ContractList'), 'ContractList');
const ContractShow = lazyNamed(() => import('./ContractShow'), 'ContractShow');

/** Fetches the portal's layout and pages (a few kB) at once: for an app opened on a portal URL. */
export function preloadPortal(): void {
  for (const page of [PortalLayout, AccountPage, OrganisationsPage, PermissionsPage, ContractList, ContractShow]) void page.preload();
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
    <Route path="change-password" element={<ChangePasswordPage />} />
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
