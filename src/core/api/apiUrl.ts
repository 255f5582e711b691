/**
 * Where the Hub API lives. With VITE_API_URL set the app talks to that server; without it the
 * app runs in demo mode against the MSW worker on `/api`. The demo base is absolute because
 * Node's fetch (vitest) cannot resolve relative URLs.
 */
const configuredUrl: string | undefined = import.meta.env.VITE_API_URL || undefined;

export const apiUrl: string = (
  configuredUrl ?? new URL('/api', window.location.origin).toString()
).replace(/\/$/, '');
