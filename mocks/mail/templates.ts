/**
 * Mail templates: Dutch by default, English for contacts whose language is `en`. Each template
 * gives a subject, a plain-text body and a complete HTML document, so a real mail service could
 * take them over unchanged.
 */
import type { components } from '../../src/core/api/schema';
import { asOneLine } from '../oneLine.ts';

type Language = components['schemas']['Language'];

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** No password, ever: the link lets the customer choose one. */
export interface WelcomeMailData {
  name: string;
  username: string;
  activationUrl: string;
  expiresAt: string;
}

/** What changed, for a security notice. */
export type SecurityChange = 'totp_added' | 'passkey_added' | 'totp_removed' | 'passkey_removed' | 'password_changed' | 'second_factor_reset' | 'new_browser';

/** What the notice names: the passkey's name, or the browser and system of a login. */
export interface SecurityDetail {
  passkeyName?: string;
  device?: { browser: string | null; os: string | null };
}

export interface SecurityMailData extends SecurityDetail {
  name: string;
  change: SecurityChange;
  at: string;
  loginUrl: string;
  securityUrl: string;
}

export interface ResetMailData {
  name: string;
  resetUrl: string;
  expiresAt: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * "8 november 2026 om 14:30 Midden-Europese tijd": a mail cannot know where it is read, so it
 * keeps the organisations' Dutch time and names it.
 */
export function formatExpiry(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit',
    timeZone: 'Europe/Amsterdam', timeZoneName: 'longGeneric',
  }).format(new Date(iso));
}

/** A paragraph is text; `{value}` parts are shown emphasised (HTML) or as is (text). */
type Line = (string | { strong: string } | { link: string; label: string })[];

function render(language: Language, subject: string, greeting: string, lines: Line[], signOff: string): RenderedMail {
  const asText = (line: Line) => line.map((p) => (typeof p === 'string' ? p : 'strong' in p ? p.strong : `${p.label}: ${p.link}`)).join('');
  const asHtml = (line: Line) => line
    .map((p) => (typeof p === 'string' ? escapeHtml(p)
      : 'strong' in p ? `<strong>${escapeHtml(p.strong)}</strong>`
      : `<a href="${escapeHtml(p.link)}">${escapeHtml(p.label)}</a>`))
    .join('');
  const text = [greeting, ...lines.map(asText), signOff].join('\n\n');
  const html = `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: Arial, sans-serif; color: #1a1a1a; max-width: 560px; margin: 24px auto; line-height: 1.5">
<p>${escapeHtml(greeting)}</p>
${lines.map((line) => `<p>${asHtml(line)}</p>`).join('\n')}
<p>${escapeHtml(signOff).replace(/\n/g, '<br>')}</p>
</body></html>`;
  return { subject, text, html };
}

export function welcomeMail(language: Language, data: WelcomeMailData): RenderedMail {
  const expiry = formatExpiry(data.expiresAt, language);
  if (language === 'en') {
    return render('en', 'Your Hub Portal account', `Dear ${asOneLine(data.name)},`, [
      ['An account has been created for you on Hub Portal.'],
      ['Username: ', { strong: data.username }],
      ['Activate it by choosing your own password:'],
      [{ link: data.activationUrl, label: 'Activate your account' }],
      [`This link works once, until ${expiry}. Has it expired? Ask your organisation for a new one.`],
    ], 'Kind regards,\nHub Portal');
  }
  return render('nl', 'Uw account voor Hub Portal', `Beste ${asOneLine(data.name)},`, [
    ['Er is een account voor u aangemaakt in Hub Portal.'],
    ['Gebruikersnaam: ', { strong: data.username }],
    ['Activeer het door zelf een wachtwoord te kiezen:'],
    [{ link: data.activationUrl, label: 'Activeer uw account' }],
    [`Deze link werkt één keer, tot ${expiry}. Is hij verlopen? Vraag uw organisatie om een nieuwe.`],
  ], 'Met vriendelijke groet,\nHub Portal');
}

/** A renewed activation link: the earlier one no longer works. */
export function activationMail(language: Language, data: WelcomeMailData): RenderedMail {
  const expiry = formatExpiry(data.expiresAt, language);
  if (language === 'en') {
    return render('en', 'Activate your Hub Portal account', `Dear ${asOneLine(data.name)},`, [
      ['Your organisation sent you a new link to activate your Hub Portal account.'],
      ['Username: ', { strong: data.username }],
      [{ link: data.activationUrl, label: 'Activate your account' }],
      [`This link works once, until ${expiry}. Links sent earlier no longer work.`],
    ], 'Kind regards,\nHub Portal');
  }
  return render('nl', 'Activeer uw account voor Hub Portal', `Beste ${asOneLine(data.name)},`, [
    ['Uw organisatie stuurt u een nieuwe link om uw Hub Portal-account te activeren.'],
    ['Gebruikersnaam: ', { strong: data.username }],
    [{ link: data.activationUrl, label: 'Activeer uw account' }],
    [`Deze link werkt één keer, tot ${expiry}. Eerder verstuurde links werken niet meer.`],
  ], 'Met vriendelijke groet,\nHub Portal');
}

const securityWords = {
  nl: {
    totp_added: { subject: 'Er is een authenticator-app toegevoegd', what: 'is aan uw account een authenticator-app toegevoegd' },
    passkey_added: { subject: 'Er is een passkey toegevoegd', what: 'is aan uw account een passkey toegevoegd' },
    totp_removed: { subject: 'Uw authenticator-app is verwijderd', what: 'is de authenticator-app van uw account verwijderd' },
    passkey_removed: { subject: 'Er is een passkey verwijderd', what: 'is een passkey van uw account verwijderd' },
    password_changed: { subject: 'Uw wachtwoord is gewijzigd', what: 'is het wachtwoord van uw account gewijzigd' },
    second_factor_reset: { subject: 'Uw tweede factor is gereset', what: 'heeft uw organisatie de tweede factor van uw account gereset: u logt nu in met alleen uw wachtwoord' },
    new_browser: { subject: 'Ingelogd vanaf een nieuwe browser', what: 'is op uw account ingelogd vanaf een browser die wij nog niet kenden' },
  },
  en: {
    totp_added: { subject: 'An authenticator app was added', what: 'an authenticator app was added to your account' },
    passkey_added: { subject: 'A passkey was added', what: 'a passkey was added to your account' },
    totp_removed: { subject: 'Your authenticator app was removed', what: 'the authenticator app of your account was removed' },
    passkey_removed: { subject: 'A passkey was removed', what: 'a passkey of your account was removed' },
    password_changed: { subject: 'Your password was changed', what: 'the password of your account was changed' },
    second_factor_reset: { subject: 'Your second factor was reset', what: 'your organisation reset the second factor of your account: you now log in with your password alone' },
    new_browser: { subject: 'Logged in from a new browser', what: 'someone logged in to your account from a browser we had not seen before' },
  },
} as const;

/** "(iPhone)" for a passkey, "(Chrome op Android)" for a login; empty when there is nothing to name. */
function detailWords(language: Language, { passkeyName, device }: SecurityDetail): string {
  if (passkeyName) return ` (${asOneLine(passkeyName)})`;
  if (!device?.browser && !device?.os) return '';
  const unknown = language === 'en' ? 'an unknown browser' : 'een onbekende browser';
  const on = language === 'en' ? 'on' : 'op';
  return ` (${[device.browser ?? unknown, device.os].filter(Boolean).join(` ${on} `)})`;
}

/** "Was u dit niet? …": what changed, and what to do when it was not the customer. */
export function securityMail(language: Language, data: SecurityMailData): RenderedMail {
  const when = formatExpiry(data.at, language);
  const words = securityWords[language][data.change];
  const detail = detailWords(language, data);
  if (language === 'en') {
    return render('en', `Hub Portal: ${words.subject}`, `Dear ${asOneLine(data.name)},`, [
      [`On ${when} ${words.what}${detail}.`],
      ['Was this you? Then there is nothing to do.'],
      ['Was this not you? Then act now:'],
      ['1. Choose a new password: on the login page, use "Forgot your password?". ', { link: data.loginUrl, label: 'Go to the login page' }],
      ['2. On your Security page, log out everywhere else and check your sign-in methods. ', { link: data.securityUrl, label: 'Open Security' }],
      ['3. Tell your organisation, so they can check your account with you.'],
    ], 'Kind regards,\nHub Portal');
  }
  return render('nl', `Hub Portal: ${words.subject}`, `Beste ${asOneLine(data.name)},`, [
    [`Op ${when} ${words.what}${detail}.`],
    ['Was u dit zelf? Dan hoeft u niets te doen.'],
    ['Was u dit niet? Doe dan direct het volgende:'],
    ['1. Kies een nieuw wachtwoord: gebruik op de inlogpagina "Wachtwoord vergeten?". ', { link: data.loginUrl, label: 'Naar de inlogpagina' }],
    ['2. Log op uw pagina Beveiliging overal anders uit en controleer uw inlogmethoden. ', { link: data.securityUrl, label: 'Open Beveiliging' }],
    ['3. Laat het uw organisatie weten, zodat zij uw account met u kunnen nakijken.'],
  ], 'Met vriendelijke groet,\nHub Portal');
}

export function resetMail(language: Language, data: ResetMailData): RenderedMail {
  const expiry = formatExpiry(data.expiresAt, language);
  if (language === 'en') {
    return render('en', 'Reset your Hub Portal password', `Dear ${asOneLine(data.name)},`, [
      ['We received a request to reset the password of your Hub Portal account.'],
      [{ link: data.resetUrl, label: 'Choose a new password' }],
      [`This link works once, until ${expiry}. Did you not ask for this? Then ignore this mail: your password stays as it is.`],
    ], 'Kind regards,\nHub Portal');
  }
  return render('nl', 'Nieuw wachtwoord voor Hub Portal', `Beste ${asOneLine(data.name)},`, [
    ['We kregen een verzoek om het wachtwoord van uw Hub Portal-account opnieuw in te stellen.'],
    [{ link: data.resetUrl, label: 'Kies een nieuw wachtwoord' }],
    [`Deze link werkt één keer, tot ${expiry}. Heeft u dit niet gevraagd? Negeer dan deze mail: uw wachtwoord blijft zoals het is.`],
  ], 'Met vriendelijke groet,\nHub Portal');
}
