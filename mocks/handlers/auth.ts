/**
 * Login, password change and logout. Unknown user and wrong password give the same 401; a
 * temporary password works once, until it expires, and leads to a forced password change.
 */
import { http } from 'msw';
import { apiPaths } from '../../src/api/paths';
import { db, now, nowIso, openSession } from '../db';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '../db/passwords';
import { UNUSABLE_HASH } from '../db/seedCredentials';
import { ApiError, authenticate, bearerToken, endpoint, HttpResponse, readJsonObject, route, type Schemas } from '../http';
import { FieldProblems, requiredText } from '../validation';
import { toUser } from './shapes';

const invalidCredentials = () => new ApiError(401, 'invalid_credentials', 'Invalid username or password.');

/** A password as typed: never trimmed, but required and at most 200 characters. */
function password(body: Record<string, unknown>, key: string, problems: FieldProblems): string {
  const value = body[key];
  if (value === undefined || value === null || value === '') problems.values[key] = 'Required.';
  else if (typeof value !== 'string') problems.types[key] = 'Must be a string.';
  else if (value.length > 200) problems.values[key] = 'At most 200 characters.';
  return typeof value === 'string' ? value : '';
}

async function checkCredentials(username: string, secret: string): Promise<{ accountId: number; temporary: boolean }> {
  const account = db.accountByUsername(username);
  if (!account) {
    // Hash anyway, so an unknown user takes as long as a wrong password.
    await verifyPassword(secret, UNUSABLE_HASH);
    throw invalidCredentials();
  }
  if (account.passwordHash && (await verifyPassword(secret, account.passwordHash))) return { accountId: account.id, temporary: false };
  if (account.temporaryPasswordHash && (await verifyPassword(secret, account.temporaryPasswordHash))) return { accountId: account.id, temporary: true };
  throw invalidCredentials();
}

export function authHandlers(apiBase: string) {
  return [
    http.post(endpoint(apiBase, apiPaths.login), route(async ({ request }) => {
      const body = await readJsonObject(request);
      const problems = new FieldProblems();
      const username = requiredText(body, 'username', problems, 254);
      const secret = password(body, 'password', problems);
      problems.throwIfAny();
      const { accountId, temporary } = await checkCredentials(username, secret);
      // Re-read after the awaits: a concurrent login may have used the temporary password.
      const account = db.tables.accounts.get(accountId)!;
      if (temporary) {
        if (Date.parse(account.temporaryPasswordExpiresAt!) <= now()) {
          throw new ApiError(401, 'temporary_password_expired', 'This temporary password has expired. Ask your organisation for a new one.');
        }
        if (account.temporaryPasswordUsedAt) {
          throw new ApiError(401, 'temporary_password_used', 'This temporary password has already been used. Ask your organisation for a new one.');
        }
        db.saveAccount({ ...account, temporaryPasswordUsedAt: nowIso() });
      }
      const session = openSession(account, temporary);
      return HttpResponse.json<Schemas['LoginResponse']>({
        data: { token: session.token, expiresAt: session.expiresAt, mustChangePassword: temporary, user: toUser(account) },
      });
    })),

    http.post(endpoint(apiBase, apiPaths.changePassword), route(async ({ request }) => {
      const { account, session } = authenticate(request, { allowPasswordChange: true });
      const body = await readJsonObject(request);
      const problems = new FieldProblems();
      const current = password(body, 'currentPassword', problems);
      const next = password(body, 'newPassword', problems);
      if (next && !problems.values.newPassword && next.length < MIN_PASSWORD_LENGTH) {
        problems.values.newPassword = `At least ${MIN_PASSWORD_LENGTH} characters.`;
      } else if (next && next === current) {
        problems.values.newPassword = 'Must differ from the current password.';
      }
      problems.throwIfAny();
      const currentHash = session.mustChangePassword ? account.temporaryPasswordHash : account.passwordHash;
      if (!currentHash || !(await verifyPassword(current, currentHash))) {
        throw new ApiError(422, 'validation_failed', 'The current password is not correct.', { currentPassword: 'Not correct.' });
      }
      const passwordHash = await hashPassword(next);
      const latest = db.tables.accounts.get(account.id)!;
      db.saveAccount({ ...latest, passwordHash, temporaryPasswordHash: null, temporaryPasswordExpiresAt: null, temporaryPasswordUsedAt: null });
      const latestSession = db.tables.sessions.get(session.token);
      if (latestSession) db.saveSession({ ...latestSession, mustChangePassword: false });
      return new HttpResponse(null, { status: 204 });
    })),

    http.post(endpoint(apiBase, apiPaths.logout), route(({ request }) => {
      const token = bearerToken(request);
      if (token) db.deleteSession(token);
      return new HttpResponse(null, { status: 204 });
    })),
  ];
}
