import { Navigate } from 'react-router';
import { currentSession } from '../core/session/authProvider';
import { homeOf, LOGIN_PATH } from '../core/session/landing';

export function RoleHome() {
  const session = currentSession();
  return <Navigate to={session ? homeOf(session.user.role) : LOGIN_PATH} replace />;
}
