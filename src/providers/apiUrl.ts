/**
 * Where the Hub API lives. With VITE_API_URL set the app talks to that server; without it the
 * app runs in demo mode against the MSW worker on `/api`. The demo base is absolute because
 * Node's fetch (vitest) cannot resolve relative URLs.
 */
const configuredUrl: string | undefined = import.meta.env.VITE_API_URL || undefined;

// Written on VITE_API_URL itself, so the bundler folds it to a constant in every module that
// asks, and drops what only the demo uses (a real-API build holds no demo code).
export const isDemoMode = !import.meta.env.VITE_API_URL;

export const apiUrl: string = (
  configuredUrl ?? new URL('/api', window.location.origin).toString()
).replace(/\/$/, '');
