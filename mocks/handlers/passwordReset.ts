/**
 * Self-service reset: "forgot password" always answers the same 202; an existing, active,
 * unblocked account gets a mail with a single-use link valid for `config.resetTokenTtlMs`, at most
 * one per `config.resetMailIntervalMs` (within it the earlier link stays the valid one).
 * Only the SHA-256 of a link's token is stored.
 */
import { http } from 'msw';
import { apiPaths } from '../../src/core/api/paths';
import { config, db, endSessionsOf, now, nowIso, recordEvent, SYSTEM_ACTOR, type AccountRow, type Actor } from '../db';
import { revokeActivationOf } from '../db/activation';
import { clearFailedLogins } from '../db/loginAttempts';
import { passwordLengthProblem, passwordProblem } from '../db/passwordPolicy';
import { hashPassword, newLinkToken, sha256Hex, verifyPassword } from '../db/passwords';
import { ApiError, endpoint, HttpResponse, route, type Schemas } from '../http';
import { prepareResetMail, sendResetMail, sendSecurityMail } from '../mail/outbox';
import { portalLink } from '../mail/portalUrl';
import { readJsonBody } from '../requestValidation';
import type { ResetTokenRow } from '../db/types';
import { requiredText } from '../validation';
import { newPassword, password } from './passwordInput';

export const NEUTRAL_RESET_ANSWER = 'If this username belongs to an active account, a mail with a link to choose a new password is on its way. The link works once, for 1 hour.';

/** Earlier links stop working: on a newer link, a new temporary password, a block or a reset. */
export function revokeResetTokensOf(accountId: number): void {
  for (const row of db.tables.resetTokens.values()) {
    if (row.accountId === accountId && !row.usedAt && !row.revokedAt) db.put('resetTokens', { ...row, revokedAt: nowIso() });
  }
}

/**
 * Mails the account a new single-use link, unless one went out less than
 * `config.resetMailIntervalMs` ago: then nothing is sent and that link stays valid. With no account
 * (forgot-password for a username that gets no mail) the same work is done and nothing is kept, so
 * the answer's timing tells nothing. Hash the token before calling: from the check to the insert
 * this runs without awaiting.
 */
export function sendResetLink(account: AccountRow | null, link: { token: string; tokenHash: string }, actor: Actor): void {
  const expiresAt = new Date(now() + config.resetTokenTtlMs).toISOString();
  const mail = prepareResetMail(account, { resetUrl: portalLink(`#/reset-password?token=${link.token}`), expiresAt });
  const recent = [...db.tables.resetTokens.values()].some((row) =>
    row.accountId === account?.id && now() - Date.parse(row.requestedAt) < config.resetMailIntervalMs);
  if (!account || recent) return;
  revokeResetTokensOf(account.id);
  db.put('resetTokens', { tokenHash: link.tokenHash, accountId: account.id, expiresAt, usedAt: null, revokedAt: null, requestedAt: nowIso() });
  recordEvent('password_reset_requested', account, actor);
  sendResetMail(account, mail);
}

/** A fresh link token and the hash under which it is stored. */
export const newResetLink = newLinkToken;

const gone = (code: string, message: string) => new ApiError(410, code, message);

/** The link's row and account, or the 410 that says why it cannot be used. */
function usableLink(tokenHash: string): { row: ResetTokenRow; account: AccountRow } {
  const row = db.tables.resetTokens.get(tokenHash);
  const account = row && db.tables.accounts.get(row.accountId);
  if (!row || !account || row.revokedAt || account.blockedAt) throw gone('reset_token_invalid', 'This link is not valid (any more). Ask for a new one.');
  if (row.usedAt) throw gone('reset_token_used', 'This link has already been used. Ask for a new one.');
  if (Date.parse(row.expiresAt) <= now()) throw gone('reset_token_expired', 'This link has expired. Ask for a new one.');
  return { row, account };
}

export function passwordResetHandlers(apiBase: string) {
  return [
    http.post(endpoint(apiBase, apiPaths.forgotPassword), route(async ({ request }) => {
      const { body, problems } = await readJsonBody(request);
      const username = requiredText(body, 'username', problems, 254);
      problems.throwIfAny();
      const link = await newResetLink();
      const account = db.accountByUsername(username);
      // Also a customer whose temporary password is used up or lost: the link is their way back in.
      const eligible = account && account.role === 'klant' && !account.blockedAt;
      sendResetLink(eligible ? account : null, link, SYSTEM_ACTOR);
      return HttpResponse.json<Schemas['NeutralAnswer']>({ message: NEUTRAL_RESET_ANSWER }, { status: 202 });
    })),

    http.post(endpoint(apiBase, apiPaths.checkResetToken), route(async ({ request }) => {
      const { body, problems } = await readJsonBody(request);
      const token = password(body, 'token', problems);
      problems.throwIfAny();
      usableLink(await sha256Hex(token));
      return new HttpResponse(null, { status: 204 });
    })),

    http.post(endpoint(apiBase, apiPaths.resetPassword), route(async ({ request }) => {
      const { body, problems } = await readJsonBody(request);
      const token = password(body, 'token', problems);
      const next = typeof body.newPassword === 'string' ? body.newPassword : password(body, 'newPassword', problems);
      const length = typeof body.newPassword === 'string' ? passwordLengthProblem(next) : null;
      if (length) problems.refuse('newPassword', length);
      problems.throwIfAny();
      const tokenHash = await sha256Hex(token);
      const usable = () => usableLink(tokenHash);
      // The order the contract states: the body and the rule's lengths, the token, then the rest of
      // the rule (it needs the account's names) and the current password.
      const { account } = usable();
      await newPassword(body, 'newPassword', problems, account);
      if (!problems.values.newPassword && account.passwordHash && (await verifyPassword(next, account.passwordHash))) problems.refuse('newPassword', passwordProblem('password_unchanged'));
      problems.throwIfAny();
      const passwordHash = await hashPassword(next);
      // Re-check after the awaits: a concurrent request may have used the link meanwhile.
      const latest = usable();
      db.put('resetTokens', { ...latest.row, usedAt: nowIso() });
      const updated = { ...latest.account, passwordHash, temporaryPasswordHash: null, temporaryPasswordExpiresAt: null, temporaryPasswordUsedAt: null };
      db.saveAccount(updated);
      revokeResetTokensOf(updated.id);
      revokeActivationOf(updated.id);
      endSessionsOf(updated.id);
      clearFailedLogins(updated.username);
      recordEvent('password_reset_completed', updated, updated);
      sendSecurityMail(updated, 'password_changed');
      return new HttpResponse(null, { status: 204 });
    })),
  ];
}
