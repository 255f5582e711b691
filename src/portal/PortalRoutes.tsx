/**
 * The customer portal's routes, for App.tsx's `<CustomRoutes noLayout>`: the portal brings its
 * own layout. Every page needs a session; the password change only that, the other pages also
 * the customer role and a password of the customer's own.
 */
import { Navigate, Route } from 'react-router';
import { ChangePasswordPage } from '../auth/ChangePasswordPage';
import { AccountPage } from './AccountPage';
import { ContractList } from './ContractList';
import { ContractShow } from './ContractShow';
import { OrganisationsPage } from './OrganisationsPage';
import { PermissionsPage } from './PermissionsPage';
import { PortalLayout } from './PortalLayout';
import { RequireCustomer, RequireSession } from './PortalGuard';
import { portalPaths } from './portalPaths';

export const portalRoutes = (
  <Route path={portalPaths.account} element={<RequireSession />}>
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
