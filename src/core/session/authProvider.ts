/** 401 ends the session (the login page says why); 403 never does. */
import type { AuthProvider, UserIdentity } from 'react-admin';
import type { components } from '../api/schema';
import { apiPaths } from '../api/paths';
import { errorBodyOf, HttpError, postJson, sendLogout } from '../api/httpClient';
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
  type SessionEndReason,
} from './session';

export type LoginResponse = components['schemas']['LoginResponse'];
/** A right password of an account with a second factor: what the login's second step needs. */
export type SecondStep = components['schemas']['SecondStepRequired']['data'];

/** Where to go once logged in, or the second step the password opened. */
export type LoginResult = { redirectTo: string } | { secondStep: SecondStep };
type SecondStepRequired = components['schemas']['SecondStepRequired'];

export interface LoginParams {
  username: string;
  password: string;
  nextPath?: string;
}

/** logout()'s params when another tab ended the session: the stored session is theirs, not ours to end. */
export const ENDED_IN_ANOTHER_TAB = { endedInAnotherTab: true } as const;

export interface HubAuthProvider extends AuthProvider {
  login(params: LoginParams): Promise<LoginResult>;
  /** `currentPassword` undefined: the forced change of a session opened with a temporary password. */
  changePassword(currentPassword: string | undefined, newPassword: string): Promise<void>;
  forgotPassword(username: string): Promise<void>;
  resetPassword(token: string, newPassword: string): Promise<void>;
  /**
   * The welcome mail's activation link sets the first password and opens a session, as a login
   * does; null when the account has a second factor, whose login asks for it.
   */
  activate(token: string, newPassword: string): Promise<Session | null>;
}

export const ACCOUNT_BLOCKED_CODE = 'account_blocked';

/** A 401's code that says why the session ended; any other 401 is an expired session. */
const END_REASON_OF_CODE = new Map<string | undefined, SessionEndReason>([
  [ACCOUNT_BLOCKED_CODE, 'blocked'],
  ['session_ended_elsewhere', 'ended_elsewhere'],
  ['session_ended_by_staff', 'ended_by_staff'],
]);

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

export function isCustomerWithOwnPassword(): boolean {
  const session = readSession();
  return !!session && !isExpired(session) && !session.mustChangePassword && canAccess(session.user.role, 'portal', 'read');
}

/** Stores the session a login answered with (the password, its second step or a passkey); says where it lands. */
export function openLoginSession({ data: session }: LoginResponse, nextPath?: string): { redirectTo: string } {
  // The page someone was on is theirs: another user logging in here starts at their own home.
  const previousUserId = takePreviousUserId();
  const returnTo = previousUserId === null || previousUserId === session.user.id ? nextPath : undefined;
  writeSession(session);
  clearSessionEnded();
  return { redirectTo: landingPath(session.user.role, session.mustChangePassword, returnTo) };
}

export const authProvider: HubAuthProvider = {
  async login({ username, password, nextPath }) {
    const answer = await postJson<LoginResponse | { data: SecondStep }>(apiPaths.login, { username: username.trim(), password });
    if ('secondStepToken' in answer.data) return { secondStep: answer.data };
    return openLoginSession(answer as LoginResponse, nextPath);
  },

  async logout(params?: Partial<typeof ENDED_IN_ANOTHER_TAB>) {
    if (params?.endedInAnotherTab) return;
    const session = readSession();
    // Cleared before the API hears of it, so a slow or unreachable server never keeps the user logged in.
    clearSession();
    // A preview tab's session is not the customer's: the API would refuse with 403.
    if (currentPreview()) return PORTAL_HOME;
    if (session) sendLogout(session.token);
  },

  async checkAuth() {
    if (!currentSession()) throw { message: false };
  },

  async checkError(error: { status?: number }) {
    // A late answer to a session that is no longer this tab's (logged out, someone else logged in since) ends nothing.
    const sentToken = error instanceof HttpError ? error.sentToken : undefined;
    const current = readSession();
    if (sentToken && current && sentToken !== current.token) return;
    if (error?.status === 401) {
      markSessionEnded(END_REASON_OF_CODE.get(errorBodyOf(error)?.code) ?? 'expired');
      clearSession();
      throw { message: false };
    }
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

  async activate(token, newPassword) {
    const answer = await postJson<LoginResponse | SecondStepRequired>(apiPaths.activation, { token, newPassword });
    if (!('token' in answer.data)) return null;
    openLoginSession(answer as LoginResponse);
    return answer.data;
  },
};
