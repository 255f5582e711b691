/** The demo's only doors to the mock worker: a chunk of its own, loaded when the demo starts. */
const loadMocks = () => import('../../mocks/browser');

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
