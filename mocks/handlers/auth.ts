/**
/**
 * Login, password change and logout. Unknown user, wrong password and a blocked account give the
 * same 401, and a client locked out of a username a 429, all after the same work (two password
 * hashes); a temporary password works once, until it expires, and leads to a forced password
 * change. A wrong current password in a password change counts as a failed login: at the limit
 * the session ends.
 */
import { http } from 'msw';
import { apiPaths } from '../../src/core/api/paths';
import { db, dropSession, endOtherSessionsOf, endPreviewsBy, now, nowIso, recordEvent, userAgentOf, type AccountRow } from '../db';
import { revokeActivationOf } from '../db/activation';
import { clearFailedLogins, lockedForMs, registerFailedLogin } from '../db/loginAttempts';
import { passwordProblem } from '../db/passwordPolicy';
import { hashPassword, verifyPassword } from '../db/passwords';
import { UNUSABLE_HASH } from '../db/seedCredentials';
import { ApiError, authenticate, bearerToken, clientOf, endpoint, HttpResponse, route, tooManyAttempts } from '../http';
import { sendSecurityMail } from '../mail/outbox';
import { readJsonBody } from '../requestValidation';
import { revokeResetTokensOf } from './passwordReset';
import { requiredText } from '../validation';
import { passwordAccepted } from './loginAnswer';
import { newPassword, password } from './passwordInput';

const invalidCredentials = () => new ApiError(401, 'invalid_credentials', 'Invalid username or password.');

/**
 * Always exactly two PBKDF2 verifications (own and temporary password, or a thrown-away hash in
 * their place), so an unknown user, a wrong password, a blocked account and a locked username all
 * cost the same work. A lock answers 429 whatever the password, so it tells nothing about it.
 */
async function checkCredentials(username: string, secret: string, client: string): Promise<{ accountId: number; temporary: boolean }> {
  const lockedMs = lockedForMs(username, client);
  const account = db.accountByUsername(username);
  const own = await verifyPassword(secret, account?.passwordHash ?? UNUSABLE_HASH);
  const temporary = await verifyPassword(secret, account?.temporaryPasswordHash ?? UNUSABLE_HASH);
  if (lockedMs > 0) throw tooManyAttempts(lockedMs);
  if (!account || account.blockedAt || (!own && !temporary)) {
    registerFailedLogin(username, client);
    throw invalidCredentials();
  }
  return { accountId: account.id, temporary: !own };
}

/**
 * The current password of a password change, checked like a login: a wrong one is a 422 and a
 * failure on the login count; the one that reaches the limit, or any guess while locked, ends the
 * session (401), so a stolen session is no free oracle for the password.
 */
async function checkCurrentPassword(account: AccountRow, token: string, current: string, client: string): Promise<void> {
  const locked = lockedForMs(account.username, client) > 0;
  const right = await verifyPassword(current, account.passwordHash ?? UNUSABLE_HASH);
  if (right && !locked) return clearFailedLogins(account.username, client);
  if (locked || registerFailedLogin(account.username, client)) {
    db.deleteSession(token);
    throw new ApiError(401, 'too_many_attempts', 'Too many wrong passwords: this session has ended. Log in again later.');
  }
  throw new ApiError(422, 'validation_failed', 'The current password is not correct.', { currentPassword: 'Not correct.' });
}

export function authHandlers(apiBase: string) {
  return [
    http.post(endpoint(apiBase, apiPaths.login), route(async ({ request }) => {
      const { body, problems } = await readJsonBody(request);
      const username = requiredText(body, 'username', problems, 254);
      const secret = password(body, 'password', problems);
      problems.throwIfAny();
      const { accountId, temporary } = await checkCredentials(username, secret, clientOf(request));
      // Re-read after the awaits: a concurrent login may have used the temporary password.
      const account = db.tables.accounts.get(accountId)!;
      if (account.blockedAt) throw invalidCredentials();
      if (temporary) {
        if (Date.parse(account.temporaryPasswordExpiresAt!) <= now()) {
          throw new ApiError(401, 'temporary_password_expired', 'This temporary password has expired. Ask your organisation for a new one.');
        }
        if (account.temporaryPasswordUsedAt) {
          throw new ApiError(401, 'temporary_password_used', 'This temporary password has already been used. Ask your organisation for a new one.');
        }
        db.saveAccount({ ...account, temporaryPasswordUsedAt: nowIso() });
        recordEvent('first_login', account, account);
      }
      return passwordAccepted(account, temporary, clientOf(request), userAgentOf(request));
    })),

    http.post(endpoint(apiBase, apiPaths.changePassword), route(async ({ request }) => {
      const { account, session } = authenticate(request, { allowPasswordChange: true });
      const { body, problems } = await readJsonBody(request);
      // A session opened with the temporary password a moment ago proves it: only the new one is asked.
      const forced = session.mustChangePassword;
      const current = forced ? '' : password(body, 'currentPassword', problems);
      const next = await newPassword(body, 'newPassword', problems, account);
      if (!problems.values.newPassword && !forced && next === current) problems.refuse('newPassword', passwordProblem('password_unchanged'));
      problems.throwIfAny();
      if (forced) {
        if (account.temporaryPasswordHash && (await verifyPassword(next, account.temporaryPasswordHash))) {
          throw new ApiError(422, 'validation_failed', 'The new password must differ from the temporary one.', { newPassword: 'Must differ from the temporary password.' }, { newPassword: 'password_unchanged' });
        }
      } else {
        await checkCurrentPassword(account, session.token, current, clientOf(request));
      }
      const passwordHash = await hashPassword(next);
      const latest = db.tables.accounts.get(account.id)!;
      db.saveAccount({ ...latest, passwordHash, temporaryPasswordHash: null, temporaryPasswordExpiresAt: null, temporaryPasswordUsedAt: null });
      recordEvent('password_changed', latest, latest);
      endOtherSessionsOf(account.id, session.token);
      // Every other credential change revokes mailed links: a link asked for before this one must not undo it.
      revokeResetTokensOf(account.id);
      revokeActivationOf(account.id);
      endPreviewsBy(account.id);
      // The forced change after a temporary password is the customer's first password, no news to them.
      if (!forced) sendSecurityMail(latest, 'password_changed');
      const latestSession = db.tables.sessions.get(session.token);
      if (latestSession) db.saveSession({ ...latestSession, mustChangePassword: false });
      return new HttpResponse(null, { status: 204 });
    })),

    http.post(endpoint(apiBase, apiPaths.logout), route(({ request }) => {
      const token = bearerToken(request);
      const session = token ? db.tables.sessions.get(token) : undefined;
      // A preview token ends only itself (leaving the preview), never the customer's sessions;
      // a staff member's logout ends the previews they opened.
      if (session && !session.preview) endPreviewsBy(session.accountId);
      if (session) dropSession(session);
      return new HttpResponse(null, { status: 204 });
    })),
  ];
}
