/**
 * Catches unexpected render errors in a portal page, so a bug shows a friendly message with a
 * way out instead of a blank screen. PortalLayout remounts it per page (key = pathname), which
 * resets it when the customer navigates elsewhere.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Alert, AlertTitle, Button, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router';

interface Props {
  children: ReactNode;
}

export class PortalErrorBoundary extends Component<Props, { hasError: boolean }> {
  state = { hasError: false };

  static getDerivedStateFromError() {
    return { hasError: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Keep the details for developers; the customer sees the fallback.
    console.error('Portal page crashed', error, info.componentStack);
  }

  render() {
    return this.state.hasError ? <CrashMessage /> : this.props.children;
  }
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
