/**
 * The app's only doors to the mock worker (components must never import mocks statically).
 * `import.meta.env.VITE_API_URL` is replaced at build time, so with a real API the condition is a
 * constant and the bundler drops the import: the build does not even contain the mock code.
 */
const loadMocks = () =>
  import.meta.env.VITE_API_URL ? Promise.reject(new Error('No mock API: VITE_API_URL is set')) : import('../../mocks/browser');

let started: Promise<{ restoredFromSeed: boolean }> | undefined;

/** Starts the mock API; resolves once it answers requests. */
export function startDemo(): Promise<unknown> {
  started = loadMocks().then(({ startDemoWorker }) => startDemoWorker());
  return started;
}

/** Whether unreadable stored data was replaced by the seed (known once the worker has started). */
export async function demoWasRestoredFromSeed(): Promise<boolean> {
  return started ? (await started).restoredFromSeed : false;
}

/** Puts the seed back and reloads, so every screen starts from the fresh data. */
export async function resetDemoDataAndReload(): Promise<void> {
  const { resetDemoData } = await loadMocks();
  await resetDemoData();
  window.location.reload();
}
