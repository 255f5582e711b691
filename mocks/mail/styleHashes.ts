/**
 * The CSP hashes of the style attributes in the mail templates. The demo outbox shows a mail in a
 * srcdoc frame, which runs under the app's own policy; its styles are allowed by these hashes
 * (`style-src-attr 'unsafe-hashes' 'sha256-…'`), not by 'unsafe-inline'. Computed from the
 * templates at build time, so a changed template never needs a hand-edited policy.
 */
import { createHash } from 'node:crypto';
import { activationMail, resetMail, securityMail, welcomeMail } from './templates.ts';

const SAMPLE = { name: 'N', username: 'u', activationUrl: 'https://x', expiresAt: '2026-01-01T00:00:00Z', loginUrl: 'https://x', resetUrl: 'https://x', securityUrl: 'https://x' };
const NOTICE = { ...SAMPLE, change: 'password_changed', at: SAMPLE.expiresAt } as const;

export function mailStyleAttributeHashes(): string[] {
  const html = (['nl', 'en'] as const).flatMap((language) => [
    welcomeMail(language, SAMPLE).html, activationMail(language, SAMPLE).html, resetMail(language, SAMPLE).html, securityMail(language, NOTICE).html,
  ]);
  const styles = new Set(html.flatMap((document) => [...document.matchAll(/\sstyle="([^"]*)"/g)].map((match) => match[1])));
  return [...styles].map((style) => `'sha256-${createHash('sha256').update(style).digest('base64')}'`);
}
