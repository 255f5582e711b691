/**
 * The mail's HTML as the outbox's iframe shows it. The frame is sandboxed without scripts, forms,
 * popups or same-origin access; only a click on a link may navigate the app's own tab
 * (`allow-top-navigation-by-user-activation`). A `<base target="_top">` makes every link do
 * that: a link inside the frame would otherwise open the app inside the mail.
 *
 * Same tab rather than a new one: in the demo each tab runs its own copy of the mock Hub, so a
 * welcome mail's login link opened in a second tab would not share the first tab's store.
 */
export const MAIL_FRAME_SANDBOX = 'allow-top-navigation-by-user-activation';

const BASE = '<base target="_top">';

export function withLinksToTop(html: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + BASE + html.slice(head.index + head[0].length);
  // No <head>: the HTML parser puts a leading <base> into the head it makes itself.
  return BASE + html;
}

/** The plain-text part split into text and web addresses, so the addresses can become links. */
export function textWithLinks(text: string): { text: string; href?: string }[] {
  return text
    .split(/(https?:\/\/[^\s<>"]+)/)
    .filter(Boolean)
    .map((part) => (/^https?:\/\//.test(part) ? { text: part, href: part } : { text: part }));
}
