import { Box, Button } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { usePlugin } from '../../core/plugins';
import { AuthPageLayout } from '../AuthPageLayout';
import { useForgotPasswordDialog } from './useForgotPasswordDialog';
import { LoginForm, type Credentials } from './LoginForm';
import { LoginNotice } from './LoginNotice';

export function LoginPage() {
  const translate = useTranslate();
  const [credentials, setCredentials] = useState<Credentials>({ username: '', password: '' });
  const forgotPassword = useForgotPasswordDialog();
  const { Notice, Panel } = usePlugin().login ?? {};

  return (
    <AuthPageLayout heading={translate('hub.login.heading')} intro={translate('hub.login.intro')}>
      <LoginNotice />
      {Notice && <Notice />}
      <LoginForm credentials={credentials} onChange={setCredentials} onForgotPassword={() => forgotPassword.open(credentials.username)} />
      <Box>
        <Button onClick={() => forgotPassword.open(credentials.username)} sx={{ ml: -1 }}>
          {translate('hub.self_service.forgot.open')}
        </Button>
      </Box>
      {forgotPassword.element}
      {Panel && <Panel onChoose={setCredentials} />}
    </AuthPageLayout>
  );
}
