import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { useCanAccess, useRecordContext } from 'react-admin';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { AddAccountDialog } from './AddAccountDialog';
import { ManagedAccount } from './account/ManagedAccount';
import type { Contact } from '../../core/api/types';

export function AccountPanel() {
  const contact = useRecordContext<Contact>();
  const translate = useTranslate();
  const { canAccess: mayCreate } = useCanAccess({ resource: 'accounts', action: 'create' });
  const [dialogOpen, setDialogOpen] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);

  if (!contact) return null;

  const closeDialog = () => {
    flushSync(() => setDialogOpen(false));
    // The opening button is gone once the account exists, so focus goes to the heading.
    (addButtonRef.current ?? headingRef.current)?.focus();
  };

  return (
    <Card component="section" aria-labelledby="account-panel-title" variant="outlined">
      <CardContent>
        <Typography id="account-panel-title" variant="h6" component="h2" tabIndex={-1} ref={headingRef}>
          {translate('hub.contacts.panel.title')}
        </Typography>
        {contact.account ? (
          <ManagedAccount contact={contact} account={contact.account} />
        ) : (
          <>
            <Typography variant="body2" color="text.secondary" sx={{ my: 1.5 }}>
              {translate('hub.contacts.panel.noAccount')}
            </Typography>
            {mayCreate && (
              <Button
                ref={addButtonRef}
                variant="contained"
                startIcon={<PersonAddIcon />}
                onClick={() => setDialogOpen(true)}
              >
                {translate('hub.contacts.addAccount.button')}
              </Button>
            )}
          </>
        )}
      </CardContent>
      {dialogOpen && <AddAccountDialog contact={contact} onClose={closeDialog} />}
    </Card>
  );
}
