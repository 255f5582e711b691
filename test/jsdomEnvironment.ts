/**
 * Vitest's jsdom environment with one message less: jsdom cannot parse some of the CSS that
 * emotion injects (modern selectors) and says so on every render, which hid real errors in the
 * output. Its other errors (an unhandled exception, a missing browser feature, a failed load) are
 * still sent to the console, where the console guard fails the test (test/kit/console.ts).
 */
import { VirtualConsole } from 'jsdom';
import { builtinEnvironments, type Environment } from 'vitest/environments';

const { jsdom } = builtinEnvironments;

export default {
  ...jsdom,
  name: 'hub-jsdom',
  setup(global, options) {
    const virtualConsole = new VirtualConsole().forwardTo(console, {
      jsdomErrors: ['unhandled-exception', 'not-implemented', 'resource-loading'],
    });
    return jsdom.setup(global, { ...options, jsdom: { ...options.jsdom, virtualConsole } });
  },
} satisfies Environment;
