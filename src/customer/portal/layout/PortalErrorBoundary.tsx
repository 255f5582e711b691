/**
 * Catches unexpected render errors in a portal page, so a bug shows a friendly message with a
 * way out instead of a blank screen. PortalLayout remounts it per page (key = pathname), which
 * resets it when the customer navigates elsewhere.
 */
import type { ReactNode } from 'react';
import { Alert, AlertTitle, Button, Stack } from '@mui/material';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import { Link } from 'react-router';
import { ErrorBoundary } from '../../../core/ui/ErrorBoundary';

export function PortalErrorBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary label="Portal page crashed" fallback={<CrashMessage />}>
      {children}
    </ErrorBoundary>
  );
}

function CrashMessage() {
  const translate = useTranslate();
  return (
    <Alert severity="error" role="alert">
      <AlertTitle>{translate('hub.portal.state.crash_title')}</AlertTitle>
      {translate('hub.portal.state.crash_text')}
      <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap', gap: 1 }}>
        <Button variant="outlined" color="inherit" size="small" onClick={() => window.location.reload()}>
          {translate('hub.portal.state.reload')}
        </Button>
        <Button component={Link} to="/portal" variant="outlined" color="inherit" size="small">
          {translate('hub.portal.state.to_account')}
        </Button>
      </Stack>
    </Alert>
  );
}
