import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useLocale, useTranslate } from '../../core/i18n/LocaleProvider';
import { formatDateTime } from '../../core/ui/format';
import { AccountStatusChip } from './AccountStatusChip';
import type { AccountSummary } from '../../core/api/types';

const expiryLabels: Partial<Record<AccountSummary['status'], string>> = {
  awaiting_first_login: 'hub.contacts.panel.expiresAt',
  temporary_password_expired: 'hub.account_lifecycle.status.expiredOn',
};

export function AccountDetails({ account }: { account: AccountSummary }) {
  const translate = useTranslate();
  const [locale] = useLocale();
  const label = (key: string) => translate(`hub.contacts.panel.${key}`);
  const expiryLabel = expiryLabels[account.status];
  return (
    <Box component="dl" sx={{ m: 0 }}>
      <DetailItem label={label('username')}>
        <Box component="span" sx={{ wordBreak: 'break-all' }}>
          {account.username}
        </Box>
      </DetailItem>
      <DetailItem label={label('status')}>
        <AccountStatusChip account={account} />
      </DetailItem>
      {expiryLabel && account.temporaryPasswordExpiresAt && (
        <DetailItem label={translate(expiryLabel)}>{formatDateTime(account.temporaryPasswordExpiresAt, locale)}</DetailItem>
      )}
      {/* A blocked account's link does not work, so its expiry would mislead. */}
      {account.activation && account.status !== 'blocked' && (
        <DetailItem label={label(account.activation.status === 'pending' ? 'activationPending' : 'activationExpired')}>
          {formatDateTime(account.activation.expiresAt, locale)}
        </DetailItem>
      )}
      <DetailItem label={label('createdAt')}>{formatDateTime(account.createdAt, locale)}</DetailItem>
      {/* null: staff of another organisation (a shared customer), whose names are theirs. */}
      <DetailItem label={label('createdBy')}>{account.createdBy ?? translate('hub.account_lifecycle.otherOrganisation')}</DetailItem>
    </Box>
  );
}

/** One term and its description in a panel's `dl`. */
export function DetailItem({ label, children }: { label: string; children: ReactNode }) {
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
