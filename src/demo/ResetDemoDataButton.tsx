/** Asks first, because it throws away everything the visitor changed. */
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from '../core/i18n/LocaleProvider';
import { resetDemoDataAndReload } from './demoData';

export function useResetDemoData() {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const close = () => {
    setOpen(false);
    setFailed(false);
  };
  const confirm = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await resetDemoDataAndReload();
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };
  const dialog = (
    <Dialog open={open} onClose={busy ? undefined : close} aria-labelledby="reset-demo-data-title">
      <DialogTitle id="reset-demo-data-title">{translate('hub.demo.reset')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate('hub.demo.reset_confirm')}</DialogContentText>
        {failed && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {translate('hub.demo.reset_failed')}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close} disabled={busy}>
          {translate('hub.demo.reset_cancel')}
        </Button>
        <Button onClick={confirm} disabled={busy} variant="contained">
          {translate('hub.demo.reset_confirm_button')}
        </Button>
      </DialogActions>
    </Dialog>
  );
  return { ask: () => setOpen(true), dialog };
}

export function ResetDemoDataButton() {
  const translate = useTranslate();
  const { ask, dialog } = useResetDemoData();
  return (
    <>
      <Button size="small" startIcon={<RestartAltIcon />} onClick={ask}>
        {translate('hub.demo.reset')}
      </Button>
      {dialog}
    </>
  );
}
