import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import type { AccountActionFailure } from './accountActionErrors';

interface ConfirmActionContentProps {
  /** The id of the explanation, for the dialog's aria-describedby. */
  explanationId: string;
  explanation: string;
  confirmLabel: string;
  confirmColor: 'primary' | 'error';
  pending: boolean;
  failure: AccountActionFailure | undefined;
  onConfirm: () => void;
  onCancel: () => void;
}

/** After a conflict (the account changed elsewhere) only Close is offered, not the action again. */
export function ConfirmActionContent(props: ConfirmActionContentProps) {
  const { explanationId, explanation, confirmLabel, confirmColor, pending, failure, onConfirm, onCancel } = props;
  const translate = useTranslate();
  const canConfirm = !failure?.stale;
  return (
    <>
      <DialogContent>
        <DialogContentText id={explanationId}>{explanation}</DialogContentText>
        {failure && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {translate(failure.message)}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onCancel} disabled={pending}>
          {translate(canConfirm ? 'hub.account_lifecycle.actions.cancel' : 'hub.account_lifecycle.actions.close')}
        </Button>
        {canConfirm && (
          <Button variant="contained" color={confirmColor} onClick={onConfirm} loading={pending}>
            {confirmLabel}
          </Button>
        )}
      </DialogActions>
    </>
  );
}
