/**
 * Render helpers for integration tests: the real <App/> with the real providers, talking to the
 * real mock handlers (msw/node, see test/setup.ts).
 *
 *   await loginAs('beheerder@hub.example');
 *   const { user } = renderApp('/contacts/1/show', { locale: 'en' });
 *   expect(await screen.findByText('Jan de Vries')).toBeInTheDocument();
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onTestFinished } from 'vitest';
import { App, createApp } from '../../src/app/App';
import { authProvider } from '../../src/core/session/authProvider';
import { preloadLocale } from '../../src/app/i18n';
import { loadPlugin } from '../../src/app/plugin';
import { rememberLocale, type Locale } from '../../src/core/i18n/i18nProvider';
import { DEMO_PASSWORD } from './people';

// The app's plug-in as main.tsx picks it. English is a lazily loaded chunk in the app (main.tsx
// preloads the stored choice); loading it here keeps renderApp synchronous.
const plugin = await loadPlugin();
await preloadLocale(plugin, 'en');

/** Logs in through the real authProvider (and the mock API), storing the session. */
export async function loginAs(username: string, password = DEMO_PASSWORD) {
  return authProvider.login({ username, password });
}

/**
 * Renders the whole app at a hash route, e.g. `/portal/contracts`, in the given language, as
 * main.tsx does; `queryClient` is the app's, for tests that look into its cache.
 */
export function renderApp(route: string, { locale }: { locale?: Locale } = {}) {
  if (locale) rememberLocale(locale);
  // Not `location.hash =`: its queued hashchange reached the router as a Back after the app's own
  // first redirect had started, and undid it.
  window.history.replaceState(null, '', `#${route}`);
  const app = createApp(plugin);
  // A router listens to the window's history until disposed: one left over would follow the next
  // test's URL, run its loaders and send requests.
  onTestFinished(() => app.router.dispose());
  const user = userEvent.setup();
  return { user, queryClient: app.queryClient, ...render(<App {...app} />) };
}

/** Logs in on the login page the app is showing, as the user does (with the demo password). */
export async function logInOnLoginPage(user: ReturnType<typeof renderApp>['user'], username: string) {
  await user.type(await screen.findByLabelText(/E-mailadres/), username);
  await user.type(screen.getByLabelText(/^Wachtwoord/, { selector: 'input' }), DEMO_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
}

/** The route the app is showing now, e.g. `/contacts`. */
export function currentRoute(): string {
  return window.location.hash.replace(/^#/, '').split('?')[0] || '/';
}

/**
 * What another party does while the app is on screen (a colleague's API call, the customer in
 * another tab): run in act, so that what the app renders meanwhile is part of the test.
 */
export function meanwhile<T>(action: () => Promise<T>): Promise<T> {
  return act(action);
}
