import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import BlockIcon from '@mui/icons-material/Block';
import ForwardToInboxIcon from '@mui/icons-material/ForwardToInbox';
import KeyIcon from '@mui/icons-material/Key';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import MailOutlineIcon from '@mui/icons-material/MailOutline';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import { ConfirmAccountActionDialog, type ConfirmedAction } from './ConfirmAccountActionDialog';
import { RenewPasswordDialog } from './RenewPasswordDialog';
import type { AccountStatus, AccountSummary } from '../../../core/api/types';

type OpenDialog = 'renew' | ConfirmedAction | null;

// The statuses without a password of the customer's own: the only ones the API mails a new activation link for.
const awaitingActivation: readonly AccountStatus[] = ['awaiting_activation', 'awaiting_first_login', 'temporary_password_expired'];

/** No new password for a blocked account (the API refuses) nor a shared one (a reset mail instead).
 * Block and unblock are one button, so focus can return to it after the status changed. */
export function AccountActions({ account, name }: { account: AccountSummary; name: string }) {
  const translate = useTranslate();
  const [open, setOpen] = useState<OpenDialog>(null);
  const credentialsRef = useRef<HTMLButtonElement>(null);
  const activationRef = useRef<HTMLButtonElement>(null);
  const blockRef = useRef<HTMLButtonElement>(null);
  const blocked = account.status === 'blocked';
  const mayActivate = awaitingActivation.includes(account.status);
  const credentialsAction = account.shared ? 'resetMail' : 'renew';
  const t = (key: string) => translate(`hub.account_lifecycle.${key}`);

  const close = () => {
    const opener = open === credentialsAction ? credentialsRef : open === 'activationMail' ? activationRef : blockRef;
    flushSync(() => setOpen(null));
    // The opener is gone when the account turned out to be blocked or activated meanwhile.
    (opener.current ?? blockRef.current)?.focus();
  };

  return (
    <Stack role="group" aria-label={t('actions.label')} spacing={1} sx={{ mt: 2 }}>
      {!blocked && (
        <Button
          ref={credentialsRef}
          variant="outlined"
          fullWidth
          startIcon={account.shared ? <MailOutlineIcon /> : <KeyIcon />}
          onClick={() => setOpen(credentialsAction)}
        >
          {t(account.shared ? 'resetMail.button' : 'renew.button')}
        </Button>
      )}
      {mayActivate && (
        <Button ref={activationRef} variant="outlined" fullWidth startIcon={<ForwardToInboxIcon />} onClick={() => setOpen('activationMail')}>
          {t('activationMail.button')}
        </Button>
      )}
      <Button
        ref={blockRef}
        variant="outlined"
        fullWidth
        color={blocked ? 'primary' : 'error'}
        startIcon={blocked ? <LockOpenIcon /> : <BlockIcon />}
        onClick={() => setOpen(blocked ? 'unblock' : 'block')}
      >
        {t(blocked ? 'unblock.button' : 'block.button')}
      </Button>
      {open === 'renew' && <RenewPasswordDialog account={account} name={name} onClose={close} />}
      {open !== null && open !== 'renew' && <ConfirmAccountActionDialog action={open} account={account} name={name} onClose={close} />}
    </Stack>
  );
}
