/**
 * Creating one customer account, shared by single and bulk creation. Synchronous from the checks
 * to the insert, so concurrent requests can never make two accounts for one contact or username.
 */
import { config, db, now, recordEvent, SYSTEM_ACTOR, type AccountRow, type ContactRow } from '../db';
import { generateTemporaryPassword, hashPassword } from '../db/passwords';
import { ApiError, type Caller } from '../http';
import { prepareActivationLink, sendActivationLink } from './activationLink';

export interface PreparedPassword {
  temporaryPassword: string;
  temporaryPasswordHash: string;
}

/** Hashing is asynchronous, so it happens before the check-and-insert, never inside it. */
export async function preparePassword(): Promise<PreparedPassword> {
  const temporaryPassword = generateTemporaryPassword();
  return { temporaryPassword, temporaryPasswordHash: await hashPassword(temporaryPassword) };
}

/**
 * What a new account gets: always an activation link for the welcome mail; a temporary password
 * only where staff see it once (single creation's dialog), never in bulk, where nobody would.
 */
export interface PreparedCredentials {
  password: PreparedPassword | null;
  link: { token: string; tokenHash: string };
}

export async function prepareCredentials(withTemporaryPassword: boolean): Promise<PreparedCredentials> {
  const [password, link] = await Promise.all([withTemporaryPassword ? preparePassword() : null, prepareActivationLink()]);
  return { password, link };
}

/** 409 when the contact has an account or the email is someone's username; otherwise nothing. */
export function checkAccountAllowed(contact: ContactRow, email: string): void {
  if (db.accountOfContact(contact.id)) {
    throw new ApiError(409, 'contact_has_account', 'This contact already has an account.');
  }
  if (db.accountByUsername(email)) {
    throw new ApiError(409, 'email_in_use', 'This email address is already used as a username.', {
      email: 'Already used as a username.',
    });
  }
}

/** Checks, inserts, records the events and sends the welcome mail (with the activation link, never a password). */
export function createCustomerAccount(caller: Caller, contact: ContactRow, email: string, { password, link }: PreparedCredentials): AccountRow {
  checkAccountAllowed(contact, email);
  const timestamp = now();
  const account: AccountRow = {
    id: db.takeId('accounts'),
    username: email,
    role: 'klant',
    organizationId: null,
    displayName: [contact.firstName, contact.middleName, contact.lastName].filter(Boolean).join(' '),
    contactIds: [contact.id],
    groupIds: ['101', '102'],
    passwordHash: null,
    temporaryPasswordHash: password?.temporaryPasswordHash ?? null,
    temporaryPasswordExpiresAt: password ? new Date(timestamp + config.temporaryPasswordTtlMs).toISOString() : null,
    temporaryPasswordUsedAt: null,
    blockedAt: null,
    blockedByOrganizationIds: [],
    createdAt: new Date(timestamp).toISOString(),
    createdBy: caller.account.displayName,
    createdByOrganizationId: caller.account.organizationId,
    activationExpiresAt: null,
    knownUserAgents: [],
  };
  if (contact.email === null) db.saveContact({ ...contact, email, updatedAt: timestamp });
  db.saveAccount(account);
  recordEvent('created', account, caller.account);
  const activated = sendActivationLink(account, link, false, timestamp);
  recordEvent('welcome_mail_sent', activated, SYSTEM_ACTOR);
  return activated;
}
