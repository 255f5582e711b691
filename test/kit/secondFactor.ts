/** The tests' way through the login's second step, with the seeded authenticator app's codes. */
import { Secret, TOTP } from 'otpauth';
import { apiPaths } from '../../src/core/api/paths';
import { advanceClock, now } from '../../mocks/db';
import { DEMO_TOTP_SECRET } from '../../mocks/db/logins';
import { call, login } from './api';

const STEP_MS = 30_000;

/** The app's code `steps` time steps from now (the mock's clock). */
export function totpCode(steps = 0, secret = DEMO_TOTP_SECRET): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: now() + steps * STEP_MS });
}

export function secondStep(secondStepToken: string, method: 'totp' | 'recovery', code: string) {
  return call('post', apiPaths.loginSecondStep, apiPaths.loginSecondStep, { body: { secondStepToken, method, code } });
}

/** The second-step token of a right password; fails loudly when the login answers otherwise. */
export async function secondStepTokenFor(username: string): Promise<string> {
  const { status, body } = await login(username);
  if (status !== 202) throw new Error(`login ${username} → ${status} ${JSON.stringify(body)}`);
  return body.data.secondStepToken;
}

/**
 * A session through both steps. Each code works once, so the clock then moves on a step: the
 * next login of the same account gets a fresh code.
 */
export async function sessionWithApp(username: string): Promise<string> {
  const { status, body } = await secondStep(await secondStepTokenFor(username), 'totp', totpCode());
  if (status !== 200) throw new Error(`second step ${username} → ${status} ${JSON.stringify(body)}`);
  advanceClock(STEP_MS);
  return body.data.token;
}
