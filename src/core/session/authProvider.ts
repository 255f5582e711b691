/**
 * Login, session and role checks against the Hub API. The session (token, expiry, user) lives
 * in localStorage (see session.ts); what a role may do comes from roles.ts, shared with the mocks.
 * 401 ends the session (and the login page says why: expired, or the account was blocked);
 * 403 never does. Forgot / reset password are public calls: no session involved.
 */
import type { AuthProvider, UserIdentity } from 'react-admin';
import type { components } from '../api/schema';
import { apiPaths } from '../api/paths';
import { errorBodyOf, postJson, sendLogout } from '../api/httpClient';
import { canAccess } from '../roles';
import { landingPath, PORTAL_HOME } from './landing';
import { currentPreview } from './previewTab';
import {
  clearSession,
  clearSessionEnded,
  isExpired,
  markSessionEnded,
  readSession,
  takePreviousUserId,
  writeSession,
  type Session,
} from './session';

type LoginResponse = components['schemas']['LoginResponse'];

export interface LoginParams {
  username: string;
  password: string;
  /** The page the user was on before the session ended; reopened when it suits the role. */
  nextPath?: string;
}

/** logout()'s params when another tab ended the session: the stored session is theirs, not ours to end. */
export const ENDED_IN_ANOTHER_TAB = { endedInAnotherTab: true } as const;

export interface HubAuthProvider extends AuthProvider {
  login(params: LoginParams): Promise<{ redirectTo: string }>;
  /** `currentPassword` undefined: the forced change of a session opened with a temporary password. */
  changePassword(currentPassword: string | undefined, newPassword: string): Promise<void>;
  /** Asks for a reset mail; the API answers the same whether or not the username exists. */
  forgotPassword(username: string): Promise<void>;
  /** Sets a new password with the token of a reset mail (410 when the link cannot be used). */
  resetPassword(token: string, newPassword: string): Promise<void>;
}

/** The API's code for a session of an account that has been blocked meanwhile. */
export const ACCOUNT_BLOCKED_CODE = 'account_blocked';

/** The live session; an expired one is removed and reported to the next login page. */
export function currentSession(): Session | null {
  const session = readSession();
  if (session && isExpired(session)) {
    // The reason first: other tabs react to the cleared session and read it at once.
    markSessionEnded('expired');
    clearSession();
    return null;
  }
  return session;
}

/**
 * Whether the stored session is a customer's with a password of their own: the portal's loaders
 * ask for a page's data only then (anyone else is sent elsewhere by the portal's guards).
 */
export function isCustomerWithOwnPassword(): boolean {
  const session = readSession();
  return !!session && !isExpired(session) && !session.mustChangePassword && canAccess(session.user.role, 'portal', 'read');
}

export const authProvider: HubAuthProvider = {
  async login({ username, password, nextPath }) {
    const { data: session } = await postJson<LoginResponse>(apiPaths.login, { username: username.trim(), password });
    // The page someone was on is theirs: another user logging in here starts at their own home.
    const previousUserId = takePreviousUserId();
    const returnTo = previousUserId === null || previousUserId === session.user.id ? nextPath : undefined;
    writeSession(session);
    clearSessionEnded();
    return { redirectTo: landingPath(session.user.role, session.mustChangePassword, returnTo) };
  },

  async logout(params?: Partial<typeof ENDED_IN_ANOTHER_TAB>) {
    if (params?.endedInAnotherTab) return;
    const session = readSession();
    // The browser session ends at once, in every tab; the API is told without waiting for it
    // (sendLogout), so a slow or unreachable server never keeps the user logged in here.
    clearSession();
    // A preview tab's session is not the customer's: nothing to tell the API (it refuses with 403).
    if (currentPreview()) return PORTAL_HOME;
    if (session) sendLogout(session.token);
  },

  async checkAuth() {
    if (!currentSession()) throw { message: false };
  },

  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      markSessionEnded(errorBodyOf(error)?.code === ACCOUNT_BLOCKED_CODE ? 'blocked' : 'expired');
      clearSession();
      throw { message: false };
    }
    // 403 and everything else: the session stays.
  },

  async getIdentity(): Promise<UserIdentity> {
    const session = currentSession();
    if (!session) throw new Error('Not logged in');
    return {
      id: session.user.id,
      fullName: session.user.name,
      role: session.user.role,
      organizationId: session.user.organizationId,
      mustChangePassword: session.mustChangePassword,
    };
  },

  async getPermissions() {
    return currentSession()?.user.role;
  },

  async canAccess({ resource, action }) {
    return canAccess(currentSession()?.user.role, resource, action);
  },

  async changePassword(currentPassword, newPassword) {
    await postJson(apiPaths.changePassword, currentPassword === undefined ? { newPassword } : { currentPassword, newPassword });
    const session = readSession();
    if (session) writeSession({ ...session, mustChangePassword: false });
  },

  async forgotPassword(username) {
    await postJson(apiPaths.forgotPassword, { username: username.trim() });
  },

  async resetPassword(token, newPassword) {
    await postJson(apiPaths.resetPassword, { token, newPassword });
  },
};
