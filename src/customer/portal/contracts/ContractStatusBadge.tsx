/** Dark on a light tint keeps WCAG AA contrast for every status (MUI's filled chips do not); a
 * span, not a Chip, for speed (docs/performance.md, The portal's look-alikes). */
import { styled } from '@mui/material';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import type { ContractListItem } from '../../../core/api/types';

const colours: Record<ContractListItem['status'], { color: string; backgroundColor: string }> = {
  active: { color: '#1b5e20', backgroundColor: '#e8f5e9' },
  pending: { color: '#01579b', backgroundColor: '#e1f5fe' },
  suspended: { color: '#7a3e00', backgroundColor: '#fff3e0' },
  ended: { color: '#424242', backgroundColor: '#eeeeee' },
};

const Badge = styled('span')(({ theme }) => ({
  display: 'inline-flex',
  alignItems: 'center',
  height: 24,
  padding: theme.spacing(0, 1),
  borderRadius: 12,
  fontFamily: theme.typography.fontFamily,
  fontSize: theme.typography.pxToRem(13),
  fontWeight: 500,
  whiteSpace: 'nowrap',
}));

export function ContractStatusBadge({ status }: { status: ContractListItem['status'] }) {
  const translate = useTranslate();
  return <Badge style={colours[status]}>{translate(`hub.portal.contracts.status.${status}`)}</Badge>;
}
