import { useCanAccess } from 'react-admin';
import { fullName } from '../../../core/ui/names';
import { AccountDetails } from '../AccountDetails';
import { AccountActions } from './AccountActions';
import { AccountSignInMethods } from './AccountSignInMethods';
import { AccountTimeline } from './AccountTimeline';
import { PreviewAsCustomerLink } from './PreviewAsCustomerLink';
import type { Contact, AccountSummary } from '../../../core/api/types';

export function ManagedAccount({ contact, account }: { contact: Contact; account: AccountSummary }) {
  const { canAccess: mayEdit } = useCanAccess({ resource: 'accounts', action: 'edit' });
  const { canAccess: mayShow } = useCanAccess({ resource: 'accounts', action: 'show' });
  const { canAccess: mayPreview } = useCanAccess({ resource: 'accounts', action: 'preview' });
  return (
    <>
      <AccountDetails account={account} />
      {mayPreview && <PreviewAsCustomerLink accountId={account.id} contactId={contact.id} name={fullName(contact)} />}
      {mayEdit && <AccountActions account={account} name={fullName(contact)} />}
      {mayShow && <AccountSignInMethods account={account} name={fullName(contact)} mayManage={!!mayEdit} />}
      {mayShow && <AccountTimeline accountId={account.id} />}
    </>
  );
}
