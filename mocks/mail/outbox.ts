/**
 * The mail layer's one door: handlers "send" rendered templates here. In the mock the transport
 * is the demo outbox in the store; a real mail service would replace `deliver` only.
 */
import { db, nowIso, type AccountRow, type MailRow } from '../db';
import { resetMail, welcomeMail, type ResetMailData, type WelcomeMailData } from './templates';

type Language = MailRow['language'];

function deliver(kind: MailRow['kind'], to: string, language: Language, accountId: number, rendered: ReturnType<typeof welcomeMail>): MailRow {
  const mail: MailRow = { id: db.takeId('mails'), kind, to, language, accountId, sentAt: nowIso(), ...rendered };
  db.put('mails', mail);
  return mail;
}

/** The language of the account's (first) contact: mails follow the contact's choice. */
export function languageOf(account: AccountRow): Language {
  const contact = db.tables.contacts.get(account.contactIds[0]);
  return contact?.language ?? 'nl';
}

export function sendWelcomeMail(account: AccountRow, data: Omit<WelcomeMailData, 'name' | 'username'>): MailRow {
  const language = languageOf(account);
  return deliver('welcome', account.username, language, account.id, welcomeMail(language, { ...data, name: account.displayName, username: account.username }));
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
