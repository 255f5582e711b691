/**
 * The login page: brand, language choice, the form, "forgot your password?", and in demo mode
 * the demo accounts and "reset demo data". Says so when the user got here because their session
 * ended or after setting a new password.
 */
import { Box, Button, Divider } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { DemoAccountList } from '../../demo/DemoAccountList';
import { ResetDemoDataButton } from '../../demo/ResetDemoDataButton';
import { RestoredFromSeedNotice } from '../../demo/RestoredFromSeedNotice';
import { AuthPageLayout } from '../AuthPageLayout';
import { useForgotPasswordDialog } from './useForgotPasswordDialog';
import { LoginForm, type Credentials } from './LoginForm';
import { LoginNotice } from './LoginNotice';

export function LoginPage() {
  const translate = useTranslate();
  const [credentials, setCredentials] = useState<Credentials>({ username: '', password: '' });
  const forgotPassword = useForgotPasswordDialog();

  return (
    <AuthPageLayout heading={translate('hub.login.heading')} intro={translate('hub.login.intro')}>
      <LoginNotice />
      {__DEMO__ && <RestoredFromSeedNotice />}
      <LoginForm credentials={credentials} onChange={setCredentials} />
      <Box>
        <Button onClick={() => forgotPassword.open(credentials.username)} sx={{ ml: -1 }}>
          {translate('hub.self_service.forgot.open')}
        </Button>
      </Box>
      {forgotPassword.element}
      {__DEMO__ && (
        <>
          <Divider />
          <DemoAccountList onChoose={setCredentials} />
          <Box>
            <ResetDemoDataButton />
          </Box>
        </>
      )}
    </AuthPageLayout>
  );
}
