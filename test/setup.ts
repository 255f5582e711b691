/** Every vitest file: jest-dom matchers, the console guard, and the real mock API on a fresh seeded store per test. */
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { config, resetDb } from '../mocks/db';
import { server } from '../mocks/node';
import { guardConsole } from './kit/console';

// A page renders after the session check, the role check and its API calls (each a lazy chunk
// and a handler on the first run); in a full parallel run on two cores that can take longer than
// Testing Library's default 1 s for findBy*/waitFor. A wrong screen still fails, only later.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout, so nothing to scroll: react-admin scrolls to the top on every navigation,
// which jsdom reports as "Not implemented".
if (globalThis.window) window.scrollTo = () => undefined;

// First, so that its check runs after the unmount below (after-hooks run last-registered first).
guardConsole();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  resetDb();
  // Mails link to the page's own origin, as in the browser demo (mocks/browser.ts): jsdom's page.
  config.portalUrl = 'http://localhost:3000/';
  // Optional chaining: files that opt into the node environment have no localStorage.
  globalThis.localStorage?.clear();
  server.resetHandlers();
});
afterEach(() => cleanup());
afterAll(() => server.close());
