/**
 * The app's only doors to the mock worker. Dynamic imports keep mocks/ out of the bundle when
 * VITE_API_URL points at a real API (components must never import mocks statically).
 */
let started: Promise<{ restoredFromSeed: boolean }> | undefined;

/** Starts the MSW worker; resolves once it answers requests. */
export function startDemo(): Promise<unknown> {
  started = import('../../mocks/browser').then(({ startDemoWorker }) => startDemoWorker());
  return started;
}

/** Whether unreadable stored data was replaced by the seed (known once the worker has started). */
export async function demoWasRestoredFromSeed(): Promise<boolean> {
  return started ? (await started).restoredFromSeed : false;
}

/** Puts the seed back and reloads, so every screen starts from the fresh data. */
export async function resetDemoDataAndReload(): Promise<void> {
  const { resetDemoData } = await import('../../mocks/browser');
  await resetDemoData();
  window.location.reload();
}
