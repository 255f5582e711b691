/**
 * First login: the customer replaces the temporary password before anything else opens (the
 * portal routes send them here while the session says so). They typed the temporary password on
 * the login page a moment ago, and a session opened with it needs no current password (as in
 * Keycloak's and Salesforce's forced change): only the new one, twice. Whether it differs from
 * the temporary password only the API can tell; its answer shows under the new-password field.
 */
import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Card, CardContent, Stack, Toolbar, Typography } from '@mui/material';
import { Navigate, useNavigate } from 'react-router';
import { authProvider, currentSession } from '../providers/authProvider';
import { errorBodyOf, reasonMessageKey } from '../providers/httpClient';
import { PORTAL_HOME } from '../providers/landing';
import { passwordRules, type PasswordInput } from './PasswordPolicy';
import { PASSWORD_SAVED_STATE } from '../portal/PasswordSavedNotice';
import { PortalAppBar } from '../portal/PortalAppBar';
import { useTranslate } from '../shell/LocaleProvider';
import { useEndSessionIfUnauthorized } from '../shell/useSessionActions';
import { NewPasswordFields } from './NewPasswordFields';

type Errors = Partial<Record<'next' | 'form', string>>;

export function ChangePasswordPage() {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`hub.portal.password.${key}`, options);
  const endSessionIfUnauthorized = useEndSessionIfUnauthorized();
  const navigate = useNavigate();
  const [input, setInput] = useState<PasswordInput>({ next: '', repeat: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const [showPasswords, setShowPasswords] = useState(false);

  const setField = (name: keyof PasswordInput, value: string) => setInput((previous) => ({ ...previous, [name]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passwordRules(input).every((rule) => rule.met)) return setErrors({ form: t('policy_unmet') });
    setErrors({});
    setSaving(true);
    try {
      await authProvider.changePassword(undefined, input.next);
      navigate(PORTAL_HOME, { replace: true, state: PASSWORD_SAVED_STATE });
    } catch (error) {
      setSaving(false);
      if (await endSessionIfUnauthorized(error)) return;
      const body = errorBodyOf(error);
      const reason = body?.reasons?.newPassword;
      if (reason) return setErrors({ next: reason === 'password_unchanged' ? t('must_differ') : translate(reasonMessageKey(reason)) });
      if (body?.errors?.newPassword) return setErrors({ next: t('must_differ') });
      setErrors({ form: t('failed', { message: body?.message ?? '' }) });
    }
  };

  // This page is about the temporary password: without one, the portal is where to go.
  if (!currentSession()?.mustChangePassword) return <Navigate to={PORTAL_HOME} replace />;

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <PortalAppBar />
      <Toolbar />
      <Box component="main" sx={{ display: 'flex', justifyContent: 'center', p: 2, pt: { xs: 2, sm: 5 } }}>
        <Card sx={{ width: '100%', maxWidth: 480 }}>
          <CardContent component="form" noValidate onSubmit={submit} sx={{ p: { xs: 2.5, sm: 4 } }}>
            <Stack spacing={2.5}>
              <Typography variant="h4" component="h1" sx={{ fontSize: { xs: '1.75rem', sm: '2.125rem' } }}>
                {t('title')}
              </Typography>
              <Typography color="text.secondary">{t('intro')}</Typography>
              {errors.form && <Alert severity="error">{errors.form}</Alert>}
              <NewPasswordFields
                input={input}
                onChange={setField}
                showPasswords={showPasswords}
                onShowPasswordsChange={setShowPasswords}
                nextError={errors.next}
              />
              <Button type="submit" variant="contained" size="large" disabled={saving}>
                {saving ? t('saving') : t('submit')}
              </Button>
            </Stack>
          </CardContent>
        </Card>
      </Box>
    </Box>
  );
}
