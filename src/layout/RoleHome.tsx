/** The root URL sends each user to their own side: staff to the back office, customers to /portal. */
import { Authenticated, usePermissions } from 'react-admin';
import { Navigate } from 'react-router';
import { homeOf } from '../providers/landing';
import { isRole } from '../providers/roles';

function RedirectToHome() {
  const { permissions, isPending } = usePermissions();
  if (isPending) return null;
  return isRole(permissions) ? <Navigate to={homeOf(permissions)} replace /> : null;
}

export function RoleHome() {
  return (
    <Authenticated>
      <RedirectToHome />
    </Authenticated>
  );
}
