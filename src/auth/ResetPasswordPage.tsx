/**
 * "Set a new password" from the link in a reset mail: `/#/reset-password?token=…`. Public, like
 * the login page. A link that cannot be used (missing, unknown, used, expired) says why and
 * offers to ask for a new one; a new password opens the login page, which says it worked.
 */
import { Alert, Box, Button, Stack } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { authProvider } from '../providers/authProvider';
import { errorBodyOf, NETWORK_ERROR_CODE, reasonMessageKey } from '../providers/httpClient';
import { LOGIN_PATH } from '../providers/landing';
import { useTranslate } from '../shell/LocaleProvider';
import { passwordRules } from './PasswordPolicy';
import { AuthPageLayout } from './AuthPageLayout';
import { useForgotPasswordDialog } from './useForgotPasswordDialog';
import { PASSWORD_SET_STATE } from './LoginNotice';
import { NewPasswordFields } from './NewPasswordFields';

type LinkProblem = 'link_missing' | 'link_invalid' | 'link_used' | 'link_expired';

/** The API's 410 codes; anything else about the token counts as "not valid". */
const LINK_PROBLEM_OF_CODE: Record<string, LinkProblem> = {
  reset_token_invalid: 'link_invalid',
  reset_token_used: 'link_used',
  reset_token_expired: 'link_expired',
};

function linkProblemOf(code: string | undefined): LinkProblem {
  return (code && LINK_PROBLEM_OF_CODE[code]) || 'link_invalid';
}

export function ResetPasswordPage() {
  const translate = useTranslate();
  const t = (key: string) => translate(`hub.self_service.reset.${key}`);
  const navigate = useNavigate();
  const token = useSearchParams()[0].get('token')?.trim() ?? '';
  const forgotPassword = useForgotPasswordDialog();
  const [input, setInput] = useState({ next: '', repeat: '' });
  const [showPasswords, setShowPasswords] = useState(false);
  const [refusedLink, setRefusedLink] = useState<LinkProblem | null>(null);
  const [passwordRejected, setPasswordRejected] = useState<string | false>(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const linkProblem = token ? refusedLink : 'link_missing';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPasswordRejected(false);
    if (!passwordRules(input).every((rule) => rule.met)) return setFormError('hub.self_service.reset.policy_unmet');
    setFormError(null);
    setSaving(true);
    try {
      await authProvider.resetPassword(token, input.next);
      navigate(LOGIN_PATH, { replace: true, state: PASSWORD_SET_STATE });
    } catch (error) {
      setSaving(false);
      const status = (error as { status?: number }).status;
      const body = errorBodyOf(error);
      if (status === 410 || body?.errors?.token) return setRefusedLink(linkProblemOf(body?.code));
      if (body?.errors?.newPassword) {
        const reason = body.reasons?.newPassword;
        return setPasswordRejected(reason && reason !== 'password_unchanged' ? reasonMessageKey(reason) : 'hub.self_service.reset.password_rejected');
      }
      setFormError(body?.code === NETWORK_ERROR_CODE ? 'hub.errors.network' : 'hub.self_service.reset.failed');
    }
  };

  return (
    <AuthPageLayout heading={t('title')} intro={t('intro')}>
      {linkProblem ? (
        <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
          <Alert severity="error" sx={{ width: '100%', boxSizing: 'border-box' }}>
            {t(linkProblem)}
          </Alert>
          <Button variant="contained" onClick={() => forgotPassword.open()}>
            {t('request_new')}
          </Button>
        </Stack>
      ) : (
        <Stack component="form" spacing={2.5} noValidate onSubmit={submit}>
          {formError && <Alert severity="error">{translate(formError)}</Alert>}
          <NewPasswordFields
            input={input}
            onChange={(name, value) => setInput((previous) => ({ ...previous, [name]: value }))}
            showPasswords={showPasswords}
            onShowPasswordsChange={setShowPasswords}
            nextError={passwordRejected ? translate(passwordRejected) : undefined}
          />
          <Button type="submit" variant="contained" size="large" disabled={saving}>
            {t(saving ? 'saving' : 'submit')}
          </Button>
        </Stack>
      )}
      <Box>
        <Button component={Link} to="/login" sx={{ ml: -1 }}>
          {t('to_login')}
        </Button>
      </Box>
      {forgotPassword.element}
    </AuthPageLayout>
  );
}
