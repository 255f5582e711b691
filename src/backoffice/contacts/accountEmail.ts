/** Trimmed and lower-cased as the Hub API stores it, and validated in that form. */
import { email, maxLength, required, type Validator } from 'react-admin';
import { fieldMessage } from '../../core/api/apiErrorMessage';

export function normaliseEmail(value: unknown): string {
  return typeof value === 'string' ? value.trim().toLowerCase() : '';
}

const isEmail = email(fieldMessage('invalid_email'));

const normalisedEmail: Validator = (value, values) => isEmail(normaliseEmail(value), values);

export const validateAccountEmail: Validator[] = [required(), normalisedEmail, maxLength(254)];
