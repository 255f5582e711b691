const loadMocks = () => import('../../mocks/browser');

let started: Promise<{ restoredFromSeed: boolean }> | undefined;

export function startDemo(): Promise<unknown> {
  started = loadMocks().then(({ startDemoWorker }) => startDemoWorker());
  return started;
}

export async function demoWasRestoredFromSeed(): Promise<boolean> {
  return started ? (await started).restoredFromSeed : false;
}

export async function resetDemoDataAndReload(): Promise<void> {
  const { resetDemoData } = await loadMocks();
  await resetDemoData();
  window.location.reload();
}
