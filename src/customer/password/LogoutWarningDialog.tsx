/** Logging out before choosing a password uses the temporary one up: say so, and the way back. */
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { useLogout } from '../../core/session/useSessionActions';

export function LogoutWarningDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`hub.portal.password.logout_warning.${key}`);
  const logout = useLogout();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="logout-warning-title" aria-describedby="logout-warning-text">
      <DialogTitle id="logout-warning-title">{t('title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="logout-warning-text">{t('message')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {t('stay')}
        </Button>
        <Button color="error" onClick={() => void logout()}>
          {t('confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
