/**
 * The mail layer's one door: handlers "send" rendered templates here. In the mock the transport
 * is the demo outbox in the store; a real mail service would replace `deliver` only.
 */
import { db, nowIso, type AccountRow, type MailRow } from '../db';
import { portalLink } from './portalUrl';
import { activationMail, resetMail, securityMail, welcomeMail, type RenderedMail, type ResetMailData, type SecurityChange, type SecurityDetail } from './templates';

type Language = MailRow['language'];

/** Where a security notice sends the customer: their own security page. */
export const SECURITY_PAGE = '#/portal/security';

function deliver(kind: MailRow['kind'], to: string, language: Language, accountId: number, rendered: RenderedMail): MailRow {
  const mail: MailRow = { id: db.takeId('mails'), kind, to, language, accountId, sentAt: nowIso(), ...rendered };
  db.put('mails', mail);
  return mail;
}

/** The language of the account's (first) contact: mails follow the contact's choice. */
export function languageOf(account: AccountRow): Language {
  const contact = db.tables.contacts.get(account.contactIds[0]);
  return contact?.language ?? 'nl';
}

/** The welcome mail of a new account, or (`renewed`) a new activation link: never a password. */
export function sendActivationLinkMail(account: AccountRow, link: { activationUrl: string; expiresAt: string }, renewed: boolean): MailRow {
  const language = languageOf(account);
  const data = { ...link, name: account.displayName, username: account.username };
  return renewed
    ? deliver('activation', account.username, language, account.id, activationMail(language, data))
    : deliver('welcome', account.username, language, account.id, welcomeMail(language, data));
}

/** "Was u dit niet? …" to a customer, on a change to how their account signs in. */
export function sendSecurityMail(account: AccountRow, change: SecurityChange, detail: SecurityDetail = {}): MailRow | undefined {
  // Staff accounts are the organisation's own; their mails are not the customers' outbox.
  if (account.role !== 'klant') return undefined;
  const language = languageOf(account);
  return deliver('security', account.username, language, account.id, securityMail(language, {
    ...detail, name: account.displayName, change, at: nowIso(), loginUrl: portalLink('#/login'), securityUrl: portalLink(SECURITY_PAGE),
  }));
}

export interface PreparedResetMail {
  language: Language;
  rendered: ReturnType<typeof resetMail>;
}

/** The reset mail, rendered; for no account a stand-in that is never sent, so an unknown username costs the same work. */
export function prepareResetMail(account: AccountRow | null, data: Omit<ResetMailData, 'name'>): PreparedResetMail {
  const language = account ? languageOf(account) : 'nl';
  return { language, rendered: resetMail(language, { ...data, name: account?.displayName ?? 'Hub Portal' }) };
}

export function sendResetMail(account: AccountRow, mail: PreparedResetMail): MailRow {
  return deliver('password_reset', account.username, mail.language, account.id, mail.rendered);
}
