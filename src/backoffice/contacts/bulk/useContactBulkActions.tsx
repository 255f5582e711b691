import { useCanAccess } from 'react-admin';
import { BulkAddAccountsButton } from './BulkAddAccountsButton';

/** `false` for roles that may not create accounts, so they get no checkboxes at all. */
export function useContactBulkActions() {
  const { canAccess } = useCanAccess({ resource: 'accounts', action: 'create' });
  return canAccess ? <BulkAddAccountsButton /> : false;
}
