/** The mock Hub API for Node tests (vitest's jsdom page lives at http://localhost:3000/). */
import { setupServer } from 'msw/node';
import { createHandlers } from './handlers';

export const TEST_API_BASE = 'http://localhost:3000/api';

/** The Node tests stand in for the in-browser demo, whose outbox is public; outbox tests narrow it. */
export const server = setupServer(...createHandlers(TEST_API_BASE, { outbox: { public: true } }));
