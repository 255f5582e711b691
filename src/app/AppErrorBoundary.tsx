import { Box, Button, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from '../core/i18n/LocaleProvider';
import { ErrorBoundary } from '../core/ui/ErrorBoundary';

export function AppErrorBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary label="Unexpected error" fallback={<CrashPage />}>
      {children}
    </ErrorBoundary>
  );
}

function CrashPage() {
  const translate = useTranslate();
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
