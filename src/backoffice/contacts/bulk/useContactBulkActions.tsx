import { useCanAccess } from 'react-admin';
import { BulkAddAccountsButton } from './BulkAddAccountsButton';

/**
 * The contacts table's `bulkActionButtons`: "Account toevoegen" for who may create accounts
 * (Beheerder, Relatiebeheerder); `false` for everyone else, so they get no checkboxes at all.
 */
export function useContactBulkActions() {
  const { canAccess } = useCanAccess({ resource: 'accounts', action: 'create' });
  return canAccess ? <BulkAddAccountsButton /> : false;
}
