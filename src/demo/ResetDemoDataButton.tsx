/**
 * "Reset demo data", on the login page and in the back-office user menu (demo mode only).
 * Asks first, because it throws away everything the visitor changed.
 */
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import { Button, ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { useState } from 'react';
import { Confirm, useNotify, useTranslate } from 'react-admin';
import { isDemoMode } from '../providers/apiUrl';
import { resetDemoDataAndReload } from './demoData';

function useResetDemoData() {
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await resetDemoDataAndReload();
    } catch {
      notify('hub.demo.reset_failed', { type: 'error' });
      setBusy(false);
      setOpen(false);
    }
  };
  const dialog = (
    <Confirm
      isOpen={open}
      loading={busy}
      title="hub.demo.reset"
      content="hub.demo.reset_confirm"
      onConfirm={confirm}
      onClose={() => setOpen(false)}
    />
  );
  return { ask: () => setOpen(true), dialog };
}

export function ResetDemoDataButton() {
  const translate = useTranslate();
  const { ask, dialog } = useResetDemoData();
  if (!isDemoMode) return null;
  return (
    <>
      <Button size="small" startIcon={<RestartAltIcon />} onClick={ask}>
        {translate('hub.demo.reset')}
      </Button>
      {dialog}
    </>
  );
}

export function ResetDemoDataMenuItem() {
  const translate = useTranslate();
  const { ask, dialog } = useResetDemoData();
  if (!isDemoMode) return null;
  return (
    <>
      <MenuItem onClick={ask}>
        <ListItemIcon>
          <RestartAltIcon fontSize="small" />
        </ListItemIcon>
        <ListItemText>{translate('hub.demo.reset')}</ListItemText>
      </MenuItem>
      {dialog}
    </>
  );
}
