// The mail frame may only navigate the app's own tab on a click: a new tab would run its own
// copy of the mock Hub, without this tab's store.
export const MAIL_FRAME_SANDBOX = 'allow-top-navigation-by-user-activation';

const BASE = '<base target="_top">';

export function withLinksToTop(html: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + BASE + html.slice(head.index + head[0].length);
  // No <head>: the HTML parser puts a leading <base> into the head it makes itself.
  return BASE + html;
}

export function textWithLinks(text: string): { text: string; href?: string }[] {
  return text
    .split(/(https?:\/\/[^\s<>"]+)/)
    .filter(Boolean)
    .map((part) => (/^https?:\/\//.test(part) ? { text: part, href: part } : { text: part }));
}
