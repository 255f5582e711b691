import { isStaff, type Role } from '../roles';

export const LOGIN_PATH = '/login';
export const PORTAL_HOME = '/portal';
export const CHANGE_PASSWORD_PATH = '/portal/change-password';
export const BACK_OFFICE_HOME = '/contacts';
/** Staff without a second factor enrol here before anything else opens. */
export const ENROL_SECOND_FACTOR_PATH = '/second-factor/enrol';

export function isPortalPath(path: string): boolean {
  return path === PORTAL_HOME || path.startsWith(`${PORTAL_HOME}/`);
}

export function homeOf(role: Role): string {
  return isStaff(role) ? BACK_OFFICE_HOME : PORTAL_HOME;
}

export function landingPath(role: Role, mustChangePassword: boolean, nextPath?: string): string {
  if (mustChangePassword) return CHANGE_PASSWORD_PATH;
  const usable = nextPath && nextPath !== '/' && !nextPath.startsWith(LOGIN_PATH);
  if (usable && isPortalPath(nextPath) !== isStaff(role)) return nextPath;
  return homeOf(role);
}
