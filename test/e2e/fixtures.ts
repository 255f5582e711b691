/**
 * The e2e tests' `test`: Playwright's, with every page of the test's browser context watched. A
 * CSP violation (the `securitypolicyviolation` event, in any frame, the demo's mail frame
 * included), a console error or an uncaught page error fails the test: the journeys must run
 * clean under the production server's policy (deploy/hub-portal.conf).
 */
import { test as base, type ConsoleMessage } from '@playwright/test';
import { ports } from '../../playwright.config';

export { expect } from '@playwright/test';

/** Reports violations on the console, where the context's console listener sees them. */
function reportCspViolations() {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
  });
}

/**
 * Chromium logs every 4xx answer as "Failed to load resource". From the Hub API that is an answer
 * the journeys ask for (a wrong password is a 401, a conflict a 409) and the app shows; a 4xx of
 * any other file (a missing chunk) is still an error.
 */
function isApiRefusal(message: ConsoleMessage): boolean {
  const { url } = message.location();
  const from = URL.canParse(url) ? new URL(url) : undefined;
  const fromApi = !!from && (from.pathname.startsWith('/api/') || from.port === String(ports.mockApi));
  return fromApi && /^Failed to load resource: the server responded with a status of 4\d\d/.test(message.text());
}

/**
 * addInitScript also tries to run in the outbox's mail frame, whose sandbox forbids scripts: that
 * refusal of our own listener is the sandbox working. A CSP violation in that frame still shows,
 * as Chromium's own console error ("Refused to apply …").
 */
function isOurListenerInSandbox(message: ConsoleMessage): boolean {
  return message.text().startsWith("Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed");
}

export const test = base.extend({
  context: async ({ context }, provide) => {
    const problems: string[] = [];
    await context.addInitScript(reportCspViolations);
    context.on('console', (message) => {
      if (message.type() === 'error' && !isApiRefusal(message) && !isOurListenerInSandbox(message)) problems.push(`${message.text()} [${message.location().url}]`);
    });
    context.on('weberror', (error) => problems.push(`uncaught: ${error.error().message}`));
    await provide(context);
    base.expect(problems, 'CSP violations and console errors').toEqual([]);
  },
});
