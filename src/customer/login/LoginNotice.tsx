import { Alert } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { useLocation } from 'react-router';
import { sessionEndReason } from '../../core/session/session';

export const PASSWORD_SET_STATE = { passwordSet: true } as const;

export function LoginNotice() {
  const translate = useTranslate();
  const passwordSet = (useLocation().state as Partial<typeof PASSWORD_SET_STATE> | null)?.passwordSet === true;
  // Read once: logging in clears the reason, and the notice should not vanish while they type.
  const [sessionEnded] = useState(sessionEndReason);

  if (passwordSet) {
    return (
      <Alert severity="success" role="status">
        {translate('hub.self_service.reset.done')}
      </Alert>
    );
  }
  if (sessionEnded === 'blocked') return <Alert severity="error">{translate('hub.self_service.blocked')}</Alert>;
  if (sessionEnded === 'expired') return <Alert severity="warning">{translate('hub.login.session_expired')}</Alert>;
  return null;
}
