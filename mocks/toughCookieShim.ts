/**
 * Stands in for `tough-cookie` in the browser build only (alias in vite.config.ts; Node tests and
 * `npm run mock-api` use the real one). MSW needs it for one thing: a jar for cookies that mocked
 * responses set. Our handlers never set cookies (the Hub API uses bearer tokens), so the jar stays
 * empty; dropping it keeps tough-cookie and tldts (the public-suffix list, ~100 kB gzipped) out
 * of the demo. A handler that starts setting cookies fails loudly here instead of silently.
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
