/** Tunable rules of the mock; tests change them, `resetDb()` restores the defaults. */
const HOUR = 3_600_000;

const defaults = {
  sessionTtlMs: 8 * HOUR,
  temporaryPasswordTtlMs: 7 * 24 * HOUR,
  resetTokenTtlMs: HOUR,
  activationTokenTtlMs: 7 * 24 * HOUR,
  /** How long a staff member's "Bekijk als klant" preview token is valid. */
  previewTtlMs: 15 * 60_000,
  /** Forgot-password mails at most one link per username in this time; later requests get the same 202. */
  resetMailIntervalMs: 5 * 60_000,
  /** Where the portal lives, for the links in mails (`PORTAL_URL` for npm run mock-api; see mail/portalUrl.ts). */
  portalUrl: 'http://localhost:5173/',
  /** Failed logins in a row for one username from one client before that client is locked out of it, and for how long. */
  maxFailedLogins: 10,
  /** Failed logins in a row for one username from all clients together before it is locked for everyone. */
  maxFailedLoginsPerUsername: 100,
  lockoutMs: 15 * 60_000,
  /**
   * Staff without a second factor get a session that may only enrol one. Off until the login
   * page asks for the second step; `resetDb({ secondFactors: true })` turns it on with the seed's.
   */
  staffMustEnrol: false,
  /** Items a staff member may check in bulk dry runs per hour (two full runs of 500). */
  maxDryRunItemsPerHour: 1000,
  /** The `User-Agent` of requests that carry none: the browser demo's page sets its own (a page's fetch cannot send the header). */
  userAgent: null as string | null,
  /** Artificial latency per request as [min, max] ms, or null for none (tests, by default). */
  latencyMs: null as [number, number] | null,
  /**
   * Wraps the handling of each request (after its latency): the browser demo runs it under a lock
   * every tab takes, over the data the tabs share. Null: handled as is (Node tests, HTTP).
   */
  aroundRequest: null as (<T>(handle: () => Promise<T>) => Promise<T>) | null,
};

export const config = { ...defaults };

export function resetConfig(): void {
  Object.assign(config, defaults);
}
