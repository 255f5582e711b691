import { Alert } from '@mui/material';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { useLocation } from 'react-router';
import type { SessionEndReason } from '../../core/session/session';

export const PASSWORD_SET_STATE = { passwordSet: true } as const;

/** Why the last session ended, as the login page says it. */
const ENDED_NOTICES: Record<SessionEndReason, { severity: 'error' | 'warning'; text: string }> = {
  blocked: { severity: 'error', text: 'hub.self_service.blocked' },
  ended_elsewhere: { severity: 'warning', text: 'hub.errors.session_ended_elsewhere' },
  ended_by_staff: { severity: 'warning', text: 'hub.errors.session_ended_by_staff' },
  expired: { severity: 'warning', text: 'hub.login.session_expired' },
};

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
  if (!sessionEnded) return null;
  const { severity, text } = ENDED_NOTICES[sessionEnded];
  return <Alert severity={severity}>{translate(text)}</Alert>;
}
