import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDateTime } from '../ui/format';
import { AccountStatusChip } from './AccountStatusChip';
import type { AccountSummary } from '../api/types';

/** Step 4: the contact's account as information: username, status, created at and by whom. */
export function AccountDetails({ account }: { account: AccountSummary }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const label = (key: string) => translate(`hub.contacts.panel.${key}`);
  return (
    <Box component="dl" sx={{ m: 0 }}>
      <Item label={label('username')}>
        <Box component="span" sx={{ wordBreak: 'break-all' }}>
          {account.username}
        </Box>
      </Item>
      <Item label={label('status')}>
        <AccountStatusChip account={account} />
      </Item>
      <Item label={label('createdAt')}>{formatDateTime(account.createdAt, locale)}</Item>
      <Item label={label('createdBy')}>{account.createdBy}</Item>
      {account.status === 'awaiting_first_login' && account.temporaryPasswordExpiresAt && (
        <Item label={label('expiresAt')}>
          {formatDateTime(account.temporaryPasswordExpiresAt, locale)}
        </Item>
      )}
    </Box>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="caption" color="text.secondary" sx={{ mt: 1.5 }}>
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0 }}>
        {children}
      </Typography>
    </>
  );
}
