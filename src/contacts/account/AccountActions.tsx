import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import BlockIcon from '@mui/icons-material/Block';
import KeyIcon from '@mui/icons-material/Key';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useTranslate } from 'react-admin';
import { BlockAccountDialog, type BlockAction } from './BlockAccountDialog';
import { RenewPasswordDialog } from './RenewPasswordDialog';
import type { AccountSummary } from '../../api/types';

type OpenDialog = 'renew' | BlockAction | null;

/**
 * The account's actions for staff who may edit accounts. A blocked account gets no new password
 * (the API refuses: unblock first). Block and unblock are one button whose label follows the
 * status, so focus can return to it after the status changed.
 */
export function AccountActions({ account, name }: { account: AccountSummary; name: string }) {
  const translate = useTranslate();
  const [open, setOpen] = useState<OpenDialog>(null);
  const renewRef = useRef<HTMLButtonElement>(null);
  const blockRef = useRef<HTMLButtonElement>(null);
  const blocked = account.status === 'blocked';
  const t = (key: string) => translate(`hub.account_lifecycle.${key}`);

  const close = () => {
    const renewing = open === 'renew';
    flushSync(() => setOpen(null));
    // The renew button is gone when the account turned out to be blocked meanwhile.
    ((renewing && renewRef.current) || blockRef.current)?.focus();
  };

  return (
    <Stack role="group" aria-label={t('actions.label')} spacing={1} sx={{ mt: 2 }}>
      {!blocked && (
        <Button ref={renewRef} variant="outlined" fullWidth startIcon={<KeyIcon />} onClick={() => setOpen('renew')}>
          {t('renew.button')}
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
      {(open === 'block' || open === 'unblock') && (
        <BlockAccountDialog action={open} accountId={account.id} name={name} onClose={close} />
      )}
    </Stack>
  );
}
