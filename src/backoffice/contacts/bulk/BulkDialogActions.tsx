import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { useTranslate } from '../../../core/i18n/LocaleProvider';

interface BulkDialogActionsProps {
  finished: boolean;
  /** After a stopped run some accounts exist: leaving is closing, not cancelling. */
  started: boolean;
  creating: boolean;
  /** Ready contacts without an answer yet: what the create button will send. */
  ready: number;
  canCreate: boolean;
  onCreate: () => void;
  onClose: () => void;
}

export function BulkDialogActions({ finished, started, creating, ready, canCreate, onCreate, onClose }: BulkDialogActionsProps) {
  const translate = useTranslate();
  if (finished) {
    return (
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button variant="contained" onClick={onClose}>
          {translate('hub.bulk_accounts.close')}
        </Button>
      </DialogActions>
    );
  }
  return (
    <DialogActions sx={{ px: 3, pb: 2, flexWrap: 'wrap', gap: 1 }}>
      <Button onClick={onClose} disabled={creating}>
        {translate(started ? 'hub.bulk_accounts.close' : 'hub.bulk_accounts.cancel')}
      </Button>
      <Button variant="contained" startIcon={<PersonAddIcon />} onClick={onCreate} disabled={!canCreate}>
        {translate('hub.bulk_accounts.create', { smart_count: ready })}
      </Button>
    </DialogActions>
  );
}
