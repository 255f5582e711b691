/** Every vitest file: jest-dom matchers and the real mock API on a fresh seeded store per test. */
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { resetDb } from '../mocks/db';
import { server } from '../mocks/node';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  resetDb();
  // Optional chaining: files that opt into the node environment have no localStorage.
  globalThis.localStorage?.clear();
  server.resetHandlers();
});
afterEach(() => cleanup());
afterAll(() => server.close());
