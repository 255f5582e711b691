import { useEffect, useId, useRef } from 'react';
import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutline';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import { useBackOfficeSlots } from '../../../core/plugins';
import type { BulkRow } from './bulkRows';

/** No passwords anywhere: the welcome mails carry activation links. */
export function BulkResultList({ rows }: { rows: BulkRow[] }) {
  const translate = useTranslate();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const created = rows.filter((row) => row.state === 'created').length;
  const { BulkResultHint } = useBackOfficeSlots();

  // The preview the keyboard user was in is gone: start reading at the summary.
  useEffect(() => heading.current?.focus(), []);

  return (
    <>
      <Typography id={headingId} ref={heading} tabIndex={-1} component="h3" variant="subtitle1" sx={{ outline: 'none' }}>
        {translate('hub.bulk_accounts.summary', { created, skipped: rows.length - created })}
      </Typography>
      <List aria-labelledby={headingId} dense>
        {rows.map((row) => (
          <ListItem key={row.contactId} divider sx={{ px: 0 }}>
            <ListItemIcon sx={{ minWidth: 36 }}>
              {row.state === 'created' ? <CheckCircleIcon color="success" /> : <RemoveCircleOutlineIcon color="action" />}
            </ListItemIcon>
            <ListItemText
              primary={row.name}
              secondary={
                row.state === 'created'
                  ? translate('hub.bulk_accounts.created', { username: row.username })
                  : translate('hub.bulk_accounts.skipped', { reason: translate(`hub.bulk_accounts.state.${row.state}`) })
              }
              slotProps={{ secondary: { sx: { overflowWrap: 'anywhere' } } }}
            />
          </ListItem>
        ))}
      </List>
      {created > 0 && (
        <Alert severity="info" sx={{ mt: 2 }}>
          {translate('hub.bulk_accounts.welcome_mails')}
          {BulkResultHint && <BulkResultHint />}
        </Alert>
      )}
    </>
  );
}
