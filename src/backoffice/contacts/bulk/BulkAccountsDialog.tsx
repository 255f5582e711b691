import { useId } from 'react';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { type Identifier } from 'react-admin';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import { BulkDialogActions } from './BulkDialogActions';
import { BulkPreview } from './BulkPreview';
import { BulkResultList } from './BulkResultList';
import { isReady, stateOf, type BulkRow } from './bulkRows';
import { useBulkCreate } from './useBulkCreate';
import { useBulkPreview } from './useBulkPreview';

interface BulkAccountsDialogProps {
  ids: Identifier[];
  /** `changed`: accounts may have been created, so the list must refresh and the selection go. */
  onClose: (changed: boolean) => void;
}

/** Mounted only while open, so every opening checks afresh. */
export function BulkAccountsDialog({ ids, onClose }: BulkAccountsDialogProps) {
  const translate = useTranslate();
  const titleId = useId();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const preview = useBulkPreview(ids);
  const run = useBulkCreate();

  // The preview's ready rows stay the run's items, so "x of y" keeps its y across a retry.
  const items = (preview.rows ?? []).filter(isReady).map((row) => ({ contactId: row.contactId, email: row.username }));
  const rows: BulkRow[] | undefined = preview.rows?.map((row) => {
    const outcome = run.outcomes[row.contactId];
    return outcome ? { ...row, state: stateOf(outcome), username: outcome.email } : row;
  });
  const remaining = items.filter((item) => !run.outcomes[item.contactId]).length;
  const checking = rows?.some((row) => row.state === 'checking') ?? true;

  const close = () => onClose(run.started);
  // Never closed during a run: its answers would be lost.
  const dismiss = () => {
    if (!run.creating) close();
  };

  return (
    <Dialog open onClose={dismiss} aria-labelledby={titleId} fullWidth maxWidth="sm" fullScreen={fullScreen}>
      <DialogTitle id={titleId}>
        {run.finished
          ? translate('hub.bulk_accounts.results_title')
          : translate('hub.bulk_accounts.title', { smart_count: ids.length })}
      </DialogTitle>
      <DialogContent>
        {run.finished && rows ? (
          <BulkResultList rows={rows} />
        ) : (
          <BulkPreview preview={preview} rows={rows} run={run} />
        )}
      </DialogContent>
      <BulkDialogActions
        finished={run.finished}
        started={run.started}
        creating={run.creating}
        ready={remaining}
        canCreate={!checking && !run.creating && remaining > 0}
        onCreate={() => run.create(items)}
        onClose={close}
      />
    </Dialog>
  );
}
