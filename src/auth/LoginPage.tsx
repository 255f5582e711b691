/**
 * The login page: brand, language choice, the form, and in demo mode the demo accounts and
 * "reset demo data". Says so when the user got here because their session ended.
 */
import { Alert, Box, Card, CardContent, Divider, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { DemoAccountList } from '../demo/DemoAccountList';
import { ResetDemoDataButton } from '../demo/ResetDemoDataButton';
import { RestoredFromSeedNotice } from '../demo/RestoredFromSeedNotice';
import { isDemoMode } from '../providers/apiUrl';
import { wasSessionExpired } from '../providers/session';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { LoginForm, type Credentials } from './LoginForm';

export function LoginPage() {
  const translate = useTranslate();
  const [credentials, setCredentials] = useState<Credentials>({ username: '', password: '' });
  const [sessionExpired] = useState(wasSessionExpired);

  return (
    <Box
      component="main"
      sx={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        bgcolor: 'grey.100',
        backgroundImage: (theme) =>
          `linear-gradient(180deg, ${theme.palette.primary.main} 0, ${theme.palette.primary.main} 220px, transparent 220px)`,
        px: 2,
        pb: 4,
      }}
    >
      <Box
        component="header"
        sx={{ width: '100%', maxWidth: 440, display: 'flex', alignItems: 'center', py: 2, color: 'common.white' }}
      >
        <Box sx={{ flex: 1 }}>
          <Typography variant="h5" component="p" fontWeight={700}>
            {translate('hub.title')}
          </Typography>
          <Typography variant="body2" sx={{ opacity: 0.85 }}>
            {translate('hub.tagline')}
          </Typography>
        </Box>
        <LanguageSwitch />
      </Box>
      <Card sx={{ width: '100%', maxWidth: 440 }} elevation={3}>
        <CardContent sx={{ p: { xs: 2.5, sm: 4 } }}>
          <Stack spacing={2.5}>
            <Box>
              <Typography variant="h4" component="h1" gutterBottom>
                {translate('hub.login.heading')}
              </Typography>
              <Typography color="text.secondary">{translate('hub.login.intro')}</Typography>
            </Box>
            {sessionExpired && <Alert severity="warning">{translate('hub.login.session_expired')}</Alert>}
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
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
}
