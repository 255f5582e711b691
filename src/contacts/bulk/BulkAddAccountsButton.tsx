import { useState } from 'react';
import Button from '@mui/material/Button';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { useListContext, useRefresh, useTranslate } from 'react-admin';
import { BulkAccountsDialog } from './BulkAccountsDialog';

/**
 * The contacts list's bulk action "Account toevoegen". After a run the selection goes and the
 * list refreshes (the account chips change); a cancelled preview keeps the selection.
 */
export function BulkAddAccountsButton() {
  const translate = useTranslate();
  const { selectedIds, onUnselectItems } = useListContext();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);

  const close = (changed: boolean) => {
    setOpen(false);
    if (!changed) return;
    onUnselectItems();
    refresh();
  };

  return (
    <>
      <Button size="small" startIcon={<PersonAddIcon />} onClick={() => setOpen(true)}>
        {translate('hub.bulk_accounts.button')}
      </Button>
      {open && <BulkAccountsDialog ids={selectedIds} onClose={close} />}
    </>
  );
}
