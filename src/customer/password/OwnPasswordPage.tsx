/** "Wachtwoord wijzigen" for a customer with a password of their own: the current one, then the new one twice. */
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, CardContent, Stack } from '@mui/material';
import { useNavigate } from 'react-router';
import { authProvider } from '../../core/session/authProvider';
import { HttpError } from '../../core/api/httpClient';
import { apiErrorMessage, fieldMessage, newPasswordMessage, PASSWORD_LENGTH, refusedFields } from '../../core/api/apiErrorMessage';
import { PORTAL_HOME } from '../../core/session/landing';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { useEndSessionIfUnauthorized } from '../../core/session/useSessionActions';
import { PASSWORD_SAVED_STATE } from '../portal/account/PasswordSavedNotice';
import { PortalPage } from '../portal/layout/PortalPage';
import { NewPasswordFields } from './NewPasswordFields';
import { useNewPasswordForm } from './useNewPasswordForm';
import { PlainTextField } from '../../core/ui/PlainTextField';

type Errors = Partial<Record<'current' | 'next' | 'form', string>>;

export function OwnPasswordPage() {
  const translate = useTranslate();
  const t = (key: string) => translate(`hub.portal.password.${key}`);
  const endSessionIfUnauthorized = useEndSessionIfUnauthorized();
  const navigate = useNavigate();
  const [current, setCurrent] = useState('');
  const save = useMutation({
    mutationFn: (next: string) => authProvider.changePassword(current, next),
    onSuccess: () => navigate(PORTAL_HOME, { replace: true, state: PASSWORD_SAVED_STATE }),
    // Too many wrong current passwords end the session (401): the login page then says so.
    onError: (error) => endSessionIfUnauthorized(error),
  });
  const { input, setField, showPasswords, setShowPasswords, policyUnmet, submit } = useNewPasswordForm(save);
  const [currentMissing, setCurrentMissing] = useState(false);

  const errorsOf = (error: unknown, next: string): Errors => {
    if (error instanceof HttpError && error.status === 401) return {};
    const refused = refusedFields(error);
    if (refused.includes('currentPassword')) return { current: translate(fieldMessage('wrong_current_password')) };
    if (refused.includes('newPassword')) {
      return { next: translate(newPasswordMessage(error, next, 'same_as_current'), PASSWORD_LENGTH) };
    }
    return { form: translate(apiErrorMessage(error, { prefix: 'hub.portal.password' })) };
  };
  const errors: Errors = currentMissing
    ? { current: translate(fieldMessage('required')) }
    : policyUnmet
      ? { form: t('policy_unmet') }
      : save.isError
        ? errorsOf(save.error, save.variables)
        : {};

  return (
    <PortalPage title={t('own.title')}>
      <Card sx={{ maxWidth: 560 }}>
        <CardContent
          component="form"
          noValidate
          onSubmit={(event) => {
            setCurrentMissing(!current);
            if (!current) {
              event.preventDefault();
              return save.reset();
            }
            submit(event);
          }}
          sx={{ p: { xs: 2, sm: 3 } }}
        >
          <Stack spacing={2.5}>
            {errors.form && <Alert severity="error">{errors.form}</Alert>}
            <PlainTextField
              name="current"
              label={t('own.current')}
              type={showPasswords ? 'text' : 'password'}
              autoComplete="current-password"
              required
              fullWidth
              value={current}
              onChange={(event) => {
                setCurrent(event.target.value);
                setCurrentMissing(false);
                save.reset();
              }}
              error={Boolean(errors.current)}
              helperText={errors.current}
            />
            <NewPasswordFields
              input={input}
              onChange={setField}
              showPasswords={showPasswords}
              onShowPasswordsChange={setShowPasswords}
              nextError={errors.next}
            />
            <Button type="submit" variant="contained" disabled={save.isPending} sx={{ alignSelf: 'flex-start' }}>
              {save.isPending ? t('saving') : t('own.submit')}
            </Button>
          </Stack>
        </CardContent>
      </Card>
    </PortalPage>
  );
}
