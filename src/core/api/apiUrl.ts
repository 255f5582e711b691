// The demo base is absolute because Node's fetch (vitest) cannot resolve relative URLs.
const configuredUrl: string | undefined = import.meta.env.VITE_API_URL || undefined;

export const apiUrl: string = (
  configuredUrl ?? new URL('/api', window.location.origin).toString()
).replace(/\/$/, '');
