/**
 * A contract's status as a coloured badge with its translated name. Dark text on a light tint
 * keeps the contrast above WCAG AA for every status (MUI's filled warning/info chips do not).
 */
import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ContractListItem } from '../api/types';

const colours: Record<ContractListItem['status'], { color: string; bgcolor: string }> = {
  active: { color: '#1b5e20', bgcolor: '#e8f5e9' },
  pending: { color: '#01579b', bgcolor: '#e1f5fe' },
  suspended: { color: '#7a3e00', bgcolor: '#fff3e0' },
  ended: { color: '#424242', bgcolor: '#eeeeee' },
};

export function ContractStatusBadge({ status }: { status: ContractListItem['status'] }) {
  const translate = useTranslate();
  return (
    <Chip size="small" label={translate(`hub.portal.contracts.status.${status}`)} sx={{ ...colours[status], fontWeight: 500 }} />
  );
}
