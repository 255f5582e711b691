/** The login page stays in the first chunk: most visits open on it. */
import type { RouteObject } from 'react-router';
import { LOGIN_PATH, CHANGE_PASSWORD_PATH, ENROL_SECOND_FACTOR_PATH } from '../core/session/landing';
import { GuardRefusal, requireSecondFactorEnrolment, requireSession, requireTemporaryPassword } from './sessionGuards';
import { LoginPage } from './login/LoginPage';

const RESET_PASSWORD_PATH = '/reset-password';
/** The welcome mail's activation link opens this (`#/activate?token=…`). */
const ACTIVATE_PATH = '/activate';

export const authRoutes: RouteObject[] = [
  { path: LOGIN_PATH, element: <LoginPage /> },
  { path: RESET_PASSWORD_PATH, lazy: async () => ({ Component: (await import('./password/ResetPasswordPage')).ResetPasswordPage }) },
  { path: ACTIVATE_PATH, lazy: async () => ({ Component: (await import('./password/ActivationPage')).ActivationPage }) },
  {
    path: CHANGE_PASSWORD_PATH,
    middleware: [requireSession, requireTemporaryPassword],
    errorElement: <GuardRefusal />,
    lazy: async () => ({ Component: (await import('./password/ChangePasswordPage')).ChangePasswordPage }),
  },
  {
    path: ENROL_SECOND_FACTOR_PATH,
    middleware: [requireSession, requireSecondFactorEnrolment],
    errorElement: <GuardRefusal />,
    lazy: async () => ({ Component: (await import('./security/securityPages')).EnrolSecondFactorPage }),
  },
];
