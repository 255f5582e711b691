/**
 * The public pages of self-service, for App.tsx's `<CustomRoutes noLayout>`: the link in a reset
 * mail opens `/#/reset-password?token=…` without a session. A chunk of its own, loaded when opened.
 */
import { Suspense } from 'react';
import { Route } from 'react-router';
import { lazyNamed } from '../ui/lazyNamed';

const ResetPasswordPage = lazyNamed(() => import('./ResetPasswordPage'), 'ResetPasswordPage');

const RESET_PASSWORD_PATH = '/reset-password';

export const authRoutes = (
  <Route path={RESET_PASSWORD_PATH} element={<Suspense><ResetPasswordPage /></Suspense>} />
);
