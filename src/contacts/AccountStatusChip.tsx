import Chip, { type ChipProps } from '@mui/material/Chip';
import { useTranslate } from 'react-admin';
import type { AccountSummary } from './types';

const colors: Record<AccountSummary['status'] | 'none', ChipProps['color']> = {
  none: 'default',
  awaiting_first_login: 'warning',
  active: 'success',
  temporary_password_expired: 'error',
};

/** A contact's account status at a glance: no account, awaiting first login, active or expired. */
export function AccountStatusChip({ account }: { account: AccountSummary | null | undefined }) {
  const translate = useTranslate();
  const status = account?.status ?? 'none';
  return (
    <Chip
      size="small"
      variant={account ? 'filled' : 'outlined'}
      color={colors[status]}
      label={translate(`hub.contacts.accountStatus.${status}`)}
    />
  );
}
