/**
 * A resource view that mounts only for roles that may use it. react-admin's views fetch their data
 * once their own access check has settled, even when it says no: a customer on a back-office URL
 * got 403 calls and error toasts before the redirect. Wrapped, nothing is fetched (not even the
 * view's chunk) and the access-denied page decides where the user goes.
 */
import { CanAccess } from 'react-admin';
import { Navigate } from 'react-router';
import type { PreloadableComponent } from '../../core/ui/lazyNamed';

export function onlyWithAccess(View: PreloadableComponent<object>, resource: string, action: string) {
  const Guarded = () => (
    <CanAccess resource={resource} action={action} accessDenied={<Navigate to="/access-denied" replace />}>
      <View />
    </CanAccess>
  );
  return Object.assign(Guarded, { preload: View.preload });
}
