import { useId } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import TextField from '@mui/material/TextField';
import { useLocale, useTranslate } from '../../core/i18n/LocaleProvider';
import { formatDateTime } from '../../core/ui/format';
import { TemporaryPasswordField } from './TemporaryPasswordField';
import type { AccountCreated } from '../../core/api/types';

type FirstLoginCredentials = Pick<AccountCreated, 'username' | 'temporaryPassword' | 'temporaryPasswordExpiresAt'>;

/**
 * The temporary password, shown so staff can hand it over, so the dialog closes only through "Close".
 * `newAccount`: its welcome mail carries an activation link (never the password); a renewed
 * password revokes any link mailed before.
 */
export function AccountCreatedView({ account, newAccount, onClose }: { account: FirstLoginCredentials; newAccount: boolean; onClose: () => void }) {
  const translate = useTranslate();
  const [locale] = useLocale();
  const noteId = useId();
  return (
    <>
      <DialogContent sx={{ pt: 0 }}>
        <TextField
          label={translate('hub.contacts.addAccount.username')}
          value={account.username}
          fullWidth
          margin="normal"
          slotProps={{ htmlInput: { readOnly: true } }}
        />
        <TemporaryPasswordField password={account.temporaryPassword} noteId={noteId} />
        {/* Not role="alert": focus lands on the password, which is described by this note. */}
        <Alert severity="warning" role="note" id={noteId}>
          {translate(newAccount ? 'hub.contacts.addAccount.shownWithActivationLink' : 'hub.contacts.addAccount.shownOnce', {
            email: account.username,
            date: formatDateTime(account.temporaryPasswordExpiresAt, locale),
          })}
        </Alert>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button variant="contained" onClick={onClose}>
          {translate('hub.contacts.addAccount.close')}
        </Button>
      </DialogActions>
    </>
  );
}
