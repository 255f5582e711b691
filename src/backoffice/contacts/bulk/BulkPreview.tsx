import { useId } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import DialogContentText from '@mui/material/DialogContentText';
import List from '@mui/material/List';
import Typography from '@mui/material/Typography';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import { describeBulkError } from './bulkErrors';
import { BulkCreateProgress } from './BulkCreateProgress';
import { BulkPreviewRow } from './BulkPreviewRow';
import type { BulkRow } from './bulkRows';
import type { useBulkCreate } from './useBulkCreate';
import type { useBulkPreview } from './useBulkPreview';

interface BulkPreviewProps {
  preview: ReturnType<typeof useBulkPreview>;
  /** The preview's rows with the run's answers so far laid over them. */
  rows: BulkRow[] | undefined;
  run: ReturnType<typeof useBulkCreate>;
}

export function BulkPreview({ preview, rows, run }: BulkPreviewProps) {
  const translate = useTranslate();
  const listId = useId();
  const problem = run.error ?? preview.error;
  const reason = problem === undefined || problem === null ? undefined : translate(describeBulkError(problem));

  return (
    <>
      <DialogContentText sx={{ mb: 2 }}>{translate('hub.bulk_accounts.intro')}</DialogContentText>
      {reason && (
        <Alert
          severity="error"
          role="alert"
          sx={{ mb: 2 }}
          action={
            // Without rows there is nothing to create: retrying means checking again.
            !rows && (
              <Button color="inherit" size="small" onClick={preview.retry}>
                {translate('hub.bulk_accounts.retry')}
              </Button>
            )
          }
        >
          {run.error !== undefined && run.progress
            ? translate('hub.bulk_accounts.errors.stopped', { ...run.progress, reason })
            : reason}
        </Alert>
      )}
      {run.progress && <BulkCreateProgress progress={run.progress} />}
      {rows ? (
        <>
          <Typography id={listId} component="h3" variant="subtitle2">
            {translate('hub.bulk_accounts.preview')}
          </Typography>
          <List aria-labelledby={listId} disablePadding>
            {rows.map((row) => (
              <BulkPreviewRow
                key={row.contactId}
                row={row}
                canEdit={!run.creating}
                onEmailChange={preview.editEmail}
                onCheckNow={preview.checkNow}
              />
            ))}
          </List>
          {!run.started && !rows.some((row) => row.state === 'ready' || row.state === 'checking') && (
            <Alert severity="info" sx={{ mt: 2 }}>
              {translate('hub.bulk_accounts.nothing_ready')}
            </Alert>
          )}
        </>
      ) : (
        !problem && (
          <Typography role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <CircularProgress size={20} aria-hidden />
            {translate('hub.bulk_accounts.loading')}
          </Typography>
        )
      )}
    </>
  );
}
