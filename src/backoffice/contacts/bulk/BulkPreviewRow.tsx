import { useId } from 'react';
import Box from '@mui/material/Box';
import ListItem from '@mui/material/ListItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import { BulkStateChip } from './BulkStateChip';
import type { BulkRow } from './bulkRows';

interface BulkPreviewRowProps {
  row: BulkRow;
  /** False while accounts are being created: nothing may change under the run. */
  canEdit: boolean;
  onEmailChange: (contactId: number, typed: string) => void;
  onCheckNow: (contactId: number) => void;
}

export function BulkPreviewRow({ row, canEdit, onEmailChange, onCheckNow }: BulkPreviewRowProps) {
  const translate = useTranslate();
  const explanationId = useId();
  const showField = row.editable && row.state !== 'created';
  return (
    <ListItem divider sx={{ display: 'block', px: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 0.5 }}>
        <Typography component="span" sx={{ fontWeight: 500, flexGrow: 1 }}>
          {row.name}
        </Typography>
        <BulkStateChip state={row.state} />
      </Box>
      {showField ? (
        <TextField
          value={row.email}
          onChange={(event) => onEmailChange(row.contactId, event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') onCheckNow(row.contactId);
          }}
          label={translate('hub.bulk_accounts.email_label')}
          type="email"
          size="small"
          fullWidth
          autoComplete="off"
          disabled={!canEdit}
          error={row.state !== 'ready' && row.state !== 'checking'}
          slotProps={{
            htmlInput: {
              'aria-label': translate('hub.bulk_accounts.email_for', { name: row.name }),
              'aria-describedby': explanationId,
            },
          }}
        />
      ) : (
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          {row.username ?? translate('hub.bulk_accounts.no_email')}
        </Typography>
      )}
      <Typography
        id={explanationId}
        variant="body2"
        color="text.secondary"
        sx={{ mt: 0.5 }}
        // Only a row the user edits changes under their eyes; its new state is read out.
        aria-live={showField ? 'polite' : undefined}
      >
        {translate(`hub.bulk_accounts.explain.${row.state}`)}
      </Typography>
    </ListItem>
  );
}
