import { Alert } from '@mui/material';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { useLocation } from 'react-router';
import type { SessionEndReason } from '../../core/session/session';

export const PASSWORD_SET_STATE = { passwordSet: true } as const;

/** `sessionEnded`: why the last session ended, as the page read it when it opened. */
export function LoginNotice({ sessionEnded }: { sessionEnded: SessionEndReason | null }) {
  const translate = useTranslate();
  const passwordSet = (useLocation().state as Partial<typeof PASSWORD_SET_STATE> | null)?.passwordSet === true;

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
