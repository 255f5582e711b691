import Chip, { type ChipProps } from '@mui/material/Chip';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import type { AccountSummary } from '../../core/api/types';

type Status = AccountSummary['status'] | 'none';

// White on the theme's orange fails WCAG contrast, so "awaiting" is dark text on light orange.
const looks: Record<Status, Pick<ChipProps, 'color' | 'variant' | 'sx'>> = {
  none: { variant: 'outlined' },
  awaiting_first_login: { sx: { bgcolor: 'warning.light', color: 'rgba(0, 0, 0, 0.87)' } },
  awaiting_activation: { sx: { bgcolor: 'warning.light', color: 'rgba(0, 0, 0, 0.87)' } },
  active: { color: 'success' },
  temporary_password_expired: { color: 'error' },
  blocked: { color: 'default' },
};

/** A shared customer's block is the caller's organisation's only, and the chip says so. */
export function AccountStatusChip({ account }: { account: AccountSummary | null | undefined }) {
  const translate = useTranslate();
  const status: Status = account?.status ?? 'none';
  const label = status === 'blocked' && account?.shared ? 'hub.account_lifecycle.blockedForOrganisation' : `hub.contacts.accountStatus.${status}`;
  // A span, so it may stand in a line of text (the phone list's secondary line is a <p>).
  return <Chip component="span" size="small" {...looks[status]} label={translate(label)} />;
}
