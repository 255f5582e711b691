/**
 * The login page: brand, language choice, the form, and in demo mode the demo accounts and
 * "reset demo data". Says so when the user got here because their session ended.
 */
import { Box, Divider } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { DemoAccountList } from '../demo/DemoAccountList';
import { ResetDemoDataButton } from '../demo/ResetDemoDataButton';
import { RestoredFromSeedNotice } from '../demo/RestoredFromSeedNotice';
import { isDemoMode } from '../providers/apiUrl';
import { AuthPageLayout } from './AuthPageLayout';
import { LoginForm, type Credentials } from './LoginForm';
import { LoginNotice } from './LoginNotice';

export function LoginPage() {
  const translate = useTranslate();
  const [credentials, setCredentials] = useState<Credentials>({ username: '', password: '' });

  return (
    <AuthPageLayout heading={translate('hub.login.heading')} intro={translate('hub.login.intro')}>
      <LoginNotice />
      <RestoredFromSeedNotice />
      <LoginForm credentials={credentials} onChange={setCredentials} />
      {isDemoMode && (
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
