import Button from '@mui/material/Button';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { useListContext } from 'react-admin';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import { useOpenBulkAccounts } from './BulkActionsHost';

export function BulkAddAccountsButton() {
  const translate = useTranslate();
  const { selectedIds } = useListContext();
  const open = useOpenBulkAccounts();
  return (
    <Button size="small" startIcon={<PersonAddIcon />} onClick={() => open(selectedIds)}>
      {translate('hub.bulk_accounts.button')}
    </Button>
  );
}
