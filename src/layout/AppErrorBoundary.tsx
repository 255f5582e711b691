/**
 * The last line of defence: an error no page caught shows a friendly message and a reload
 * button instead of a blank screen. It sits outside <Admin>, so it translates with the
 * provider directly rather than with hooks.
 */
import { Box, Button, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { I18nProvider } from 'react-admin';
import { ErrorBoundary } from '../ui/ErrorBoundary';

interface Props {
  i18nProvider: I18nProvider;
  children: ReactNode;
}

export function AppErrorBoundary({ i18nProvider, children }: Props) {
  return (
    <ErrorBoundary label="Unexpected error" fallback={<CrashPage i18nProvider={i18nProvider} />}>
      {children}
    </ErrorBoundary>
  );
}

function CrashPage({ i18nProvider }: { i18nProvider: I18nProvider }) {
  const translate = (key: string) => i18nProvider.translate(key);
  return (
    <Box component="main" role="alert" sx={{ maxWidth: 560, mx: 'auto', mt: 10, p: 3, textAlign: 'center' }}>
      <Typography variant="h4" component="h1" gutterBottom>
        {translate('hub.errors.boundary_title')}
      </Typography>
      <Typography sx={{ mb: 3 }}>{translate('hub.errors.boundary_message')}</Typography>
      <Button variant="contained" onClick={() => window.location.reload()}>
        {translate('hub.errors.reload')}
      </Button>
    </Box>
  );
}
