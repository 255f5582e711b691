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

export interface WelcomeMailData {
  name: string;
  username: string;
  temporaryPassword: string;
  expiresAt: string;
  loginUrl: string;
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
      ['Temporary password: ', { strong: data.temporaryPassword }],
      [`The temporary password works once, until ${expiry}. After logging in you choose your own password.`],
      [{ link: data.loginUrl, label: 'Log in to Hub Portal' }],
    ], 'Kind regards,\nHub Portal');
  }
  return render('nl', 'Uw account voor Hub Portal', `Beste ${asOneLine(data.name)},`, [
    ['Er is een account voor u aangemaakt in Hub Portal.'],
    ['Gebruikersnaam: ', { strong: data.username }],
    ['Tijdelijk wachtwoord: ', { strong: data.temporaryPassword }],
    [`Het tijdelijke wachtwoord werkt één keer, tot ${expiry}. Na het inloggen kiest u zelf een wachtwoord.`],
    [{ link: data.loginUrl, label: 'Inloggen bij Hub Portal' }],
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
