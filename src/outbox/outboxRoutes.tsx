/**
 * The demo outbox's routes, for App.tsx's `<CustomRoutes noLayout>`: public like a shared test
 * mailbox (a customer opens the welcome mail before they can log in), and only in demo mode.
 */
import { Suspense } from 'react';
import { Route } from 'react-router';
import { lazyNamed } from '../ui/lazyNamed';
import { outboxPaths } from './outboxPaths';

// src/layout/HubMenu.tsx still imports the paths from here.
export { outboxPaths };

/** Made only in demo mode: with a real API the bundler drops this, the page's chunk included. */
function demoOutboxRoutes() {
  const OutboxPage = lazyNamed(() => import('./OutboxPage'), 'OutboxPage');
  return (
    <>
      <Route path={outboxPaths.list} element={<Suspense><OutboxPage /></Suspense>} />
      <Route path={outboxPaths.mail} element={<Suspense><OutboxPage /></Suspense>} />
    </>
  );
}

// VITE_API_URL itself, not isDemoMode: a constant in this module, so the build drops the chunk too.
export const outboxRoutes = import.meta.env.VITE_API_URL ? null : demoOutboxRoutes();
