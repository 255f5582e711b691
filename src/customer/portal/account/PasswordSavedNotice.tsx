/** Router state, so the notice goes with that history entry, not with a later visit. */
import { Alert } from '@mui/material';
import { useLocation } from 'react-router';
import { useTranslate } from '../../../core/i18n/LocaleProvider';

export const PASSWORD_SAVED_STATE = { passwordSaved: true } as const;
/** A first password set through the activation link: the passkey offer then leads to Mijn contracten. */
export const ACTIVATED_STATE = { activated: true } as const;

export function PasswordSavedNotice() {
  const translate = useTranslate();
  const saved = (useLocation().state as Partial<typeof PASSWORD_SAVED_STATE> | null)?.passwordSaved === true;
  if (!saved) return null;
  return (
    <Alert severity="success" role="status" sx={{ mb: { xs: 2, sm: 3 } }}>
      {translate('hub.portal.password.saved')}
    </Alert>
  );
}
