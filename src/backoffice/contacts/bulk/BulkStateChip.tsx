import Chip, { type ChipProps } from '@mui/material/Chip';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import type { RowState } from './bulkRows';

// White on the theme's orange fails WCAG contrast (as in AccountStatusChip).
const fixMe: ChipProps = { sx: { bgcolor: 'warning.light', color: 'rgba(0, 0, 0, 0.87)' } };
const looks: Record<RowState, ChipProps> = {
  ready: { color: 'success' },
  created: { color: 'success' },
  no_email: fixMe,
  invalid_email: fixMe,
  email_in_use: fixMe,
  contact_has_account: { variant: 'outlined' },
  not_found: { color: 'error', variant: 'outlined' },
  checking: { variant: 'outlined' },
  check_failed: { color: 'error', variant: 'outlined' },
};

export function BulkStateChip({ state }: { state: RowState }) {
  const translate = useTranslate();
  return <Chip size="small" {...looks[state]} label={translate(`hub.bulk_accounts.state.${state}`)} />;
}
