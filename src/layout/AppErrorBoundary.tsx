/**
 * The last line of defence: an error no page caught shows a friendly message and a reload
 * button instead of a blank screen. It sits outside <Admin>, so it translates with the
 * provider directly rather than with hooks.
 */
import { Box, Button, Typography } from '@mui/material';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { I18nProvider } from 'react-admin';

interface Props {
  i18nProvider: I18nProvider;
  children: ReactNode;
}

export class AppErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Unexpected error', error, info.componentStack);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    const translate = (key: string) => this.props.i18nProvider.translate(key);
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
}
