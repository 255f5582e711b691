/**
 * The app's only doors to the mock worker. Dynamic imports keep mocks/ out of the bundle when
 * VITE_API_URL points at a real API (components must never import mocks statically).
 */
let restoredFromSeed = false;

/** Starts the MSW worker; remembers whether unreadable stored data was replaced by the seed. */
export async function startDemo(): Promise<void> {
  const { startDemoWorker } = await import('../../mocks/browser');
  ({ restoredFromSeed } = await startDemoWorker());
}

export function demoWasRestoredFromSeed(): boolean {
  return restoredFromSeed;
}

/** Puts the seed back and reloads, so every screen starts from the fresh data. */
export async function resetDemoDataAndReload(): Promise<void> {
  const { resetDemoData } = await import('../../mocks/browser');
  await resetDemoData();
  window.location.reload();
}
