/** Passwords (and tokens) as typed: never trimmed. */
import type { AccountRow } from '../db';
import { newPasswordProblem, passwordProblem } from '../db/passwordPolicy';
import type { FieldProblems } from '../validation';

/** A password or token to check: required and at most 200 characters. */
export function password(body: Record<string, unknown>, key: string, problems: FieldProblems): string {
  const value = body[key];
  if (value === undefined || value === null || value === '') problems.values[key] = 'Required.';
  else if (typeof value !== 'string') problems.types[key] = 'Must be a string.';
  else if (value.length > 200) problems.values[key] = 'At most 200 characters.';
  return typeof value === 'string' ? value : '';
}

/** A password the account chooses: by the password rule (mocks/db/passwordPolicy.ts), each broken rule with its reason. */
export async function newPassword(body: Record<string, unknown>, key: string, problems: FieldProblems, account: AccountRow): Promise<string> {
  const value = body[key];
  if (value !== undefined && value !== null && typeof value !== 'string') {
    problems.types[key] = 'Must be a string.';
    return '';
  }
  const problem = typeof value === 'string' ? await newPasswordProblem(value, account) : passwordProblem('password_blank');
  if (problem) problems.refuse(key, problem);
  return value ?? '';
}
