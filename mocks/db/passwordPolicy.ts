/**
 * The rule for a password a person chooses (NIST SP 800-63B 3.1.1.2): at least 10 and at most 128
 * characters, not blank, not their username or own names, not a common or breached password. No
 * composition rules. The list is the 49,233 most common passwords that @zxcvbn-ts/language-common
 * ships (from breach corpora); it is loaded on first use, so the demo's mock fetches it only when
 * someone sets a password.
 */
import type { components } from '../../src/core/api/schema';
import { PASSWORD_LENGTH } from '../../src/core/api/inputRules.ts';
import { db } from './store';
import type { AccountRow } from './types';

export type PasswordReason = Extract<components['schemas']['ValidationReason'], `password_${string}`>;

/** The maximum is well above any passphrase a person types; hashing longer input is work an attacker would choose. */
export const { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH } = PASSWORD_LENGTH;

const MESSAGES: Record<PasswordReason, string> = {
  password_blank: 'Must not be blank or spaces only.',
  password_too_short: `At least ${MIN_PASSWORD_LENGTH} characters.`,
  password_too_long: `At most ${MAX_PASSWORD_LENGTH} characters.`,
  password_personal: 'Must not be your username or your name.',
  password_common: 'Too common: this password is on a list of often used and leaked passwords.',
  password_unchanged: 'Must differ from the current password.',
};

export interface PasswordProblem {
  reason: PasswordReason;
  message: string;
}

export const passwordProblem = (reason: PasswordReason): PasswordProblem => ({ reason, message: MESSAGES[reason] });

let common: Promise<Set<string>> | undefined;

function commonPasswords(): Promise<Set<string>> {
  common ??= import('@zxcvbn-ts/language-common').then(({ dictionary }) => new Set(dictionary['passwords-common']));
  return common;
}

/** Lower case, without spaces and punctuation: how a person's words are compared. */
const fold = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]/gu, '');
/** Without the digits and symbols people put around a word ("Wachtwoord123!" is "wachtwoord"). */
const core = (text: string) => text.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/** The words a guesser tries first for this account: its username, its names and the service's. */
function personalWords(account: AccountRow): string[] {
  const names = [account.displayName, ...account.contactIds.flatMap((id) => {
    const contact = db.tables.contacts.get(id);
    return contact ? [contact.firstName, contact.middleName ?? '', contact.lastName, `${contact.firstName}${contact.lastName}`] : [];
  })];
  const words = [...identifiersOf(account), 'hubportal', ...names, ...names.flatMap((name) => name.split(/\s+/))];
  return [...new Set(words.map(fold).filter((word) => word.length >= 3))];
}

/** The username and its part before the @, folded. */
const identifiersOf = (account: AccountRow) => [account.username, account.username.split('@')[0]].map(fold);

/** What is wrong with a new password's length, or null: the part of the rule that needs no account. */
export function passwordLengthProblem(password: string): PasswordProblem | null {
  if (password.trim() === '') return passwordProblem('password_blank');
  if (password.length < MIN_PASSWORD_LENGTH) return passwordProblem('password_too_short');
  if (password.length > MAX_PASSWORD_LENGTH) return passwordProblem('password_too_long');
  return null;
}

/** What is wrong with a new password for this account, or null. */
export async function newPasswordProblem(password: string, account: AccountRow): Promise<PasswordProblem | null> {
  const length = passwordLengthProblem(password);
  if (length) return length;
  const folded = fold(password);
  const bare = fold(core(password));
  if (personalWords(account).some((word) => word === folded || word === bare) || identifiersOf(account).some((word) => word.length >= 4 && folded.includes(word))) {
    return passwordProblem('password_personal');
  }
  const list = await commonPasswords();
  if ([password.toLowerCase(), core(password)].some((candidate) => list.has(candidate))) return passwordProblem('password_common');
  return null;
}
