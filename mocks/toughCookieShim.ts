/**
 * Stands in for `tough-cookie` in the browser build only (alias in vite.config.ts; Node tests and
 * `npm run mock-api` use the real one). MSW needs it for one thing: a jar for cookies that mocked
 * responses set. Our handlers never set cookies (the Hub API uses bearer tokens), so the jar stays
 * empty; dropping it keeps tough-cookie and tldts (the public-suffix list, ~100 kB gzipped) out
 * of the demo. A handler that starts setting cookies fails loudly here instead of silently.
 * The demo's line needs it (2026-12-02, /#/login on the phone profile: 4x CPU, Slow 4G): the
 * login route's JS is 300.0 kB gzipped with it, 423.4 kB without, and its first visit took
 * 3526 ms without, 1.53x the real-API build's 2311 ms, over the demo's 1.5x.
 */
export class Cookie {
  /** Cookies persisted by a real jar in an earlier version are ignored: nothing can read them. */
  static fromJSON(): null {
    return null;
  }
}

export class MemoryCookieStore {
  idx: Record<string, unknown> = {};
}

export class CookieJar {
  getCookiesSync(): Cookie[] {
    return [];
  }

  setCookie(): Promise<never> {
    return Promise.reject(
      new Error('The demo worker does not support Set-Cookie in mocked responses (see mocks/toughCookieShim.ts).'),
    );
  }
}
