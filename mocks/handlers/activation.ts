/**
 * Activation: the welcome mail's single-use link (valid `config.activationTokenTtlMs`) lets a new
 * customer choose a first password and lands them logged in. Tokens are looked up by their
 * SHA-256 only, as reset links are. Staff may send a new link ("Activeringslink opnieuw sturen").
 */
import { http } from 'msw';
import { apiPaths } from '../../src/core/api/paths';
import { db, endSessionsOf, isBlockedFor, now, nowIso, recordEvent, toAccountSummary, userAgentOf, type AccountRow } from '../db';
import { revokeActivationOf } from '../db/activation';
import { clearFailedLogins } from '../db/loginAttempts';
import { passwordLengthProblem } from '../db/passwordPolicy';
import { hashPassword, sha256Hex } from '../db/passwords';
import type { ActivationTokenRow } from '../db/types';
import { ApiError, authorize, clientOf, endpoint, HttpResponse, pathId, route, type Schemas } from '../http';
import { readJsonBody } from '../requestValidation';
import { accountInReach } from './accountLifecycle';
import { prepareActivationLink, sendActivationLink } from './activationLink';
import { passwordAccepted } from './loginAnswer';
import { newPassword, password } from './passwordInput';
import { revokeResetTokensOf } from './passwordReset';

const gone = (code: string, message: string) => new ApiError(410, code, message);

/** The link's row and account, or the 410 that says why it cannot be used. */
function usableActivation(tokenHash: string): { row: ActivationTokenRow; account: AccountRow } {
  const row = db.tables.activationTokens.get(tokenHash);
  const account = row && db.tables.accounts.get(row.accountId);
  if (!row || !account || account.blockedAt) throw gone('activation_link_invalid', 'This activation link is not valid. Ask your organisation for a new one.');
  if (row.usedAt) throw gone('activation_link_used', 'This activation link has already been used. Log in with your password.');
  if (row.revokedAt) throw gone('activation_link_revoked', 'This activation link was replaced by a newer one, or the password was set another way. Use the newest mail, or log in.');
  if (Date.parse(row.expiresAt) <= now()) throw gone('activation_link_expired', 'This activation link has expired. Ask your organisation for a new one.');
  return { row, account };
}

async function readToken(request: Request) {
  const { body, problems } = await readJsonBody(request);
  const token = password(body, 'token', problems);
  return { body, problems, token };
}

export function activationHandlers(apiBase: string) {
  return [
    http.post(endpoint(apiBase, apiPaths.checkActivation), route(async ({ request }) => {
      const { problems, token } = await readToken(request);
      problems.throwIfAny();
      const { row, account } = usableActivation(await sha256Hex(token));
      return HttpResponse.json<Schemas['ActivationCheckResponse']>({ data: { username: account.username, expiresAt: row.expiresAt } });
    })),

    http.post(endpoint(apiBase, apiPaths.activation), route(async ({ request }) => {
      const { body, problems, token } = await readToken(request);
      const next = typeof body.newPassword === 'string' ? body.newPassword : password(body, 'newPassword', problems);
      const length = typeof body.newPassword === 'string' ? passwordLengthProblem(next) : null;
      if (length) problems.refuse('newPassword', length);
      problems.throwIfAny();
      // The order of the reset: the body and the rule's lengths, the token, then the rest of the rule.
      const tokenHash = await sha256Hex(token);
      const { account } = usableActivation(tokenHash);
      await newPassword(body, 'newPassword', problems, account);
      problems.throwIfAny();
      const passwordHash = await hashPassword(next);
      // Re-check after the awaits: a concurrent request may have used or revoked the link.
      const latest = usableActivation(tokenHash);
      db.put('activationTokens', { ...latest.row, usedAt: nowIso() });
      const updated: AccountRow = {
        ...latest.account, passwordHash, temporaryPasswordHash: null, temporaryPasswordExpiresAt: null, temporaryPasswordUsedAt: null, activationExpiresAt: null,
      };
      db.saveAccount(updated);
      revokeActivationOf(updated.id);
      revokeResetTokensOf(updated.id);
      endSessionsOf(updated.id);
      clearFailedLogins(updated.username);
      recordEvent('activated', updated, updated);
      return passwordAccepted(db.tables.accounts.get(updated.id)!, false, clientOf(request), userAgentOf(request));
    })),

    http.post(endpoint(apiBase, apiPaths.accountActivationMail), route(async ({ request, params }) => {
      const caller = authorize(request, 'accounts', 'edit');
      accountInReach(caller, pathId(params.id));
      const link = await prepareActivationLink();
      // Re-read after the await: the account may have been blocked or activated meanwhile.
      const account = accountInReach(caller, pathId(params.id));
      if (isBlockedFor(account, caller.account.organizationId)) throw new ApiError(409, 'account_blocked', 'This account is blocked. Unblock it first.');
      if (account.passwordHash !== null) throw new ApiError(409, 'account_active', 'This customer has set a password already: send a reset mail instead.');
      const updated = sendActivationLink(account, link, true);
      recordEvent('activation_mail_sent', updated, caller.account);
      return HttpResponse.json<Schemas['AccountSummary']>(toAccountSummary(updated, caller.account.organizationId));
    })),
  ];
}
