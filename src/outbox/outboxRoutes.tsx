/**
 * The demo outbox's routes, for App.tsx's `<CustomRoutes noLayout>`: public like a shared test
 * mailbox (a customer opens the welcome mail before they can log in), and only in demo mode.
 */
import { Suspense } from 'react';
import { Route } from 'react-router';
import { isDemoMode } from '../providers/apiUrl';
import { lazyNamed } from '../ui/lazyNamed';

const OutboxPage = lazyNamed(() => import('./OutboxPage'), 'OutboxPage');

export const outboxPaths = { list: '/outbox', mail: '/outbox/:id' } as const;

export const outboxRoutes = isDemoMode ? (
  <>
    <Route path={outboxPaths.list} element={<Suspense><OutboxPage /></Suspense>} />
    <Route path={outboxPaths.mail} element={<Suspense><OutboxPage /></Suspense>} />
  </>
) : null;
