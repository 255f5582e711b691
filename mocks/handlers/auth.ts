/**
 * Login, password change and logout. Unknown user, wrong password and a blocked account give the
 * same 401, and a locked username a 429, all after the same work (two password hashes); a
 * temporary password works once, until it expires, and leads to a forced password change.
 */
import { http } from 'msw';
import { apiPaths } from '../../src/core/api/paths';
import { db, endOtherSessionsOf, now, nowIso, recordEvent } from '../db';
import { lockedForMs, registerFailedLogin } from '../db/loginAttempts';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '../db/passwords';
import { UNUSABLE_HASH } from '../db/seedCredentials';
import { ApiError, authenticate, bearerToken, endpoint, HttpResponse, previewReadOnly, route, tooManyAttempts } from '../http';
import { readJsonBody } from '../requestValidation';
import { requiredText } from '../validation';
import { password } from './passwordInput';
import { passwordAccepted } from './loginAnswer';

const invalidCredentials = () => new ApiError(401, 'invalid_credentials', 'Invalid username or password.');

/**
 * Always exactly two PBKDF2 verifications (own and temporary password, or a thrown-away hash in
 * their place), so an unknown user, a wrong password, a blocked account and a locked username all
 * cost the same work. A lock answers 429 whatever the password, so it tells nothing about it.
 */
async function checkCredentials(username: string, secret: string): Promise<{ accountId: number; temporary: boolean }> {
  const lockedMs = lockedForMs(username);
  const account = db.accountByUsername(username);
  const own = await verifyPassword(secret, account?.passwordHash ?? UNUSABLE_HASH);
  const temporary = await verifyPassword(secret, account?.temporaryPasswordHash ?? UNUSABLE_HASH);
  if (lockedMs > 0) throw tooManyAttempts(lockedMs);
  if (!account || account.blockedAt || (!own && !temporary)) {
    registerFailedLogin(username);
    throw invalidCredentials();
  }
  return { accountId: account.id, temporary: !own };
}

export function authHandlers(apiBase: string) {
  return [
    http.post(endpoint(apiBase, apiPaths.login), route(async ({ request }) => {
      const { body, problems } = await readJsonBody(request);
      const username = requiredText(body, 'username', problems, 254);
      const secret = password(body, 'password', problems);
      problems.throwIfAny();
      const { accountId, temporary } = await checkCredentials(username, secret);
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
      return passwordAccepted(account, temporary);
    })),

    http.post(endpoint(apiBase, apiPaths.changePassword), route(async ({ request }) => {
      const { account, session } = authenticate(request, { allowPasswordChange: true });
      const { body, problems } = await readJsonBody(request);
      // A session opened with the temporary password a moment ago proves it: only the new one is asked.
      const forced = session.mustChangePassword;
      const current = forced ? '' : password(body, 'currentPassword', problems);
      const next = password(body, 'newPassword', problems);
      if (next && !problems.values.newPassword && next.length < MIN_PASSWORD_LENGTH) {
        problems.values.newPassword = `At least ${MIN_PASSWORD_LENGTH} characters.`;
      } else if (next && !forced && next === current) {
        problems.values.newPassword = 'Must differ from the current password.';
      }
      problems.throwIfAny();
      if (forced) {
        if (account.temporaryPasswordHash && (await verifyPassword(next, account.temporaryPasswordHash))) {
          throw new ApiError(422, 'validation_failed', 'The new password must differ from the temporary one.', { newPassword: 'Must differ from the temporary password.' });
        }
      } else if (!account.passwordHash || !(await verifyPassword(current, account.passwordHash))) {
        throw new ApiError(422, 'validation_failed', 'The current password is not correct.', { currentPassword: 'Not correct.' });
      }
      const passwordHash = await hashPassword(next);
      const latest = db.tables.accounts.get(account.id)!;
      db.saveAccount({ ...latest, passwordHash, temporaryPasswordHash: null, temporaryPasswordExpiresAt: null, temporaryPasswordUsedAt: null });
      recordEvent('password_changed', latest, latest);
      endOtherSessionsOf(account.id, session.token);
      const latestSession = db.tables.sessions.get(session.token);
      if (latestSession) db.saveSession({ ...latestSession, mustChangePassword: false });
      return new HttpResponse(null, { status: 204 });
    })),

    http.post(endpoint(apiBase, apiPaths.logout), route(({ request }) => {
      const token = bearerToken(request);
      // A preview is not the customer's session: it cannot log the customer out, nor end itself early.
      if (token && db.tables.sessions.get(token)?.preview) throw previewReadOnly();
      if (token) db.deleteSession(token);
      return new HttpResponse(null, { status: 204 });
    })),
  ];
}
