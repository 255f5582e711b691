/** A password (or token) as typed: never trimmed, but required and at most 200 characters. */
import type { FieldProblems } from '../validation';

export function password(body: Record<string, unknown>, key: string, problems: FieldProblems): string {
  const value = body[key];
  if (value === undefined || value === null || value === '') problems.values[key] = 'Required.';
  else if (typeof value !== 'string') problems.types[key] = 'Must be a string.';
  else if (value.length > 200) problems.values[key] = 'At most 200 characters.';
  return typeof value === 'string' ? value : '';
}
