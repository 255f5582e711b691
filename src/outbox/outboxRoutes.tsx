/**
 * The demo outbox's routes: public like a shared test mailbox (a customer opens the welcome mail
 * before they can log in), and only in demo mode.
 */
import type { RouteObject } from 'react-router';
import { outboxPaths } from './outboxPaths';

const page = async () => ({ Component: (await import('./OutboxPage')).OutboxPage });

// VITE_API_URL itself, not isDemoMode: a constant in this module, so the build drops the chunk too.
export const outboxRoutes: RouteObject[] = import.meta.env.VITE_API_URL
  ? []
  : [
      { path: outboxPaths.list, lazy: page },
      { path: outboxPaths.mail, lazy: page },
    ];
