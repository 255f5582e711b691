/** The mock Hub API for Node tests (vitest's jsdom page lives at http://localhost:3000/). */
import { setupServer } from 'msw/node';
import { createHandlers } from './handlers';

export const TEST_API_BASE = 'http://localhost:3000/api';

export const server = setupServer(...createHandlers(TEST_API_BASE));
