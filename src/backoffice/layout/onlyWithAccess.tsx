/** react-admin's views fetch even when access is denied (403s, error toasts); wrapped, nothing is fetched. */
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
