/**
 * Catches render errors below it and shows `fallback` instead of a blank screen. React only
 * offers this as a class component; the app and the portal each pass their own fallback.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Logged with the error, so developers can tell which boundary caught it. */
  label: string;
  fallback: ReactNode;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(this.props.label, error, info.componentStack);
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
