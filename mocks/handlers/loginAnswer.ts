/**
 * How a login answers once the password (or a second factor) is right: a second step for an
 * account with a second factor, else the session; a staff member without one may only enrol.
 */
import { isStaff } from '../../src/core/roles';
import { config, db, openSession, type AccountRow, type SessionRow } from '../db';
import { deviceOf, rememberUserAgent } from '../db/devices';
import { factorsOf, hasSecondFactor, openSecondStep, secondStepMethods } from '../db/factors';
import { clearFailedLogins } from '../db/loginAttempts';
import { HttpResponse, type Schemas } from '../http';
import { sendSecurityMail } from '../mail/outbox';
import { toUser } from './shapes';

/**
 * A session, as a login answers it: a staff member without a second factor may only enrol one. A
 * browser the account never logged in with before gets the customer a security mail.
 */
export async function sessionAnswer(account: AccountRow, mustChangePassword: boolean, userAgent: string | null) {
  const mustEnrol = config.staffMustEnrol && isStaff(account.role) && !hasSecondFactor(factorsOf(account.id));
  const opened = openSession(account, mustChangePassword, userAgent);
  const session: SessionRow = mustEnrol ? { ...opened, mustEnrolSecondFactor: true } : opened;
  if (mustEnrol) db.saveSession(session);
  // Decided and remembered before the await, so two logins from one new browser mail once.
  if (rememberUserAgent(account.id, userAgent)) {
    const device = await deviceOf(userAgent);
    sendSecurityMail(db.tables.accounts.get(account.id) ?? account, 'new_browser', { device });
  }
  return HttpResponse.json<Schemas['LoginResponse']>({
    data: { token: session.token, expiresAt: session.expiresAt, mustChangePassword, secondFactorEnrolmentRequired: mustEnrol, user: toUser(account) },
  });
}

/**
 * After the right password: an account with a second factor gets a second step (and its failed
 * logins are not forgiven until that succeeds, or the password would buy fresh guesses at the
 * code); any other account its session.
 */
export async function passwordAccepted(account: AccountRow, temporary: boolean, client: string, userAgent: string | null) {
  const factors = factorsOf(account.id);
  if (factors && hasSecondFactor(factors)) {
    const step = openSecondStep(account.id, temporary);
    return HttpResponse.json<Schemas['SecondStepRequired']>(
      { data: { secondStepToken: step.token, expiresAt: step.expiresAt, methods: secondStepMethods(factors) } },
      { status: 202 },
    );
  }
  clearFailedLogins(account.username, client);
  return sessionAnswer(account, temporary, userAgent);
}
