/**
 * Vitest's jsdom environment with one message less: jsdom cannot parse some of the CSS that
 * emotion injects (modern selectors) and says so on every render, which hid real errors in the
 * output. Its other errors (an unhandled exception, a missing browser feature, a failed load) are
 * still sent to the console, where the console guard fails the test (test/kit/console.ts).
 */
import { VirtualConsole } from 'jsdom';
import { builtinEnvironments, type Environment } from 'vitest/runtime';

const { jsdom } = builtinEnvironments;

/** Calls whatever console the running test has (Vitest's, or the console guard's spy), not the one of this setup. */
const consoleOfTheTest = Object.fromEntries((['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => [method, (...args: unknown[]) => console[method](...args)])) as unknown as Console;

export default {
  ...jsdom,
  name: 'hub-jsdom',
  setup(global, options) {
    const virtualConsole = new VirtualConsole().forwardTo(consoleOfTheTest, {
      jsdomErrors: ['unhandled-exception', 'not-implemented', 'resource-loading'],
    });
    return jsdom.setup(global, { ...options, jsdom: { ...options.jsdom, virtualConsole } });
  },
} satisfies Environment;
