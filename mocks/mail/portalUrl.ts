/**
 * The portal URL that mails link to. It comes from configuration only (PORTAL_URL, or the demo
 * page's own origin), never from a request: an `Origin` or `Host` header chosen by whoever asks
 * for a reset mail would otherwise send the customer's live token to that site.
 */
import { config } from '../db';

/** `value` as a portal URL (with a trailing slash); throws unless it is an absolute http(s) URL. */
export function parsePortalUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PORTAL_URL must be an absolute http(s) URL, not "${value}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`PORTAL_URL must use http or https, not ${url.protocol}`);
  if (url.username || url.password || url.search || url.hash) throw new Error('PORTAL_URL may not carry credentials, a query or a fragment.');
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** A link into the portal's hash routes, e.g. `portalLink('#/login')`. */
export function portalLink(hashRoute: string): string {
  return `${config.portalUrl}${hashRoute}`;
}
