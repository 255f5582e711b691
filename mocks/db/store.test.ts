/**
 * The store seeds when it is first used, not when it is imported: the demo's persistence seeds
 * (or restores) it itself at start, and a phone should not pay for a seed that is thrown away.
 */
import type * as SeedModule from './seed';
import { freshDemoDatabase, storedData } from '../../test/kit/demoDatabase';

async function freshModules() {
  vi.resetModules();
  vi.doMock('./seed', async (importOriginal) => {
    const real = await importOriginal<typeof SeedModule>();
    return { ...real, seed: vi.fn(real.seed) };
  });
  const { seed } = await import('./seed');
  const { db } = await import('./store');
  const { startPersistence } = await import('./persistence');
  return { seed: vi.mocked(seed), db, startPersistence };
}

afterEach(() => {
  vi.doUnmock('./seed');
  vi.resetModules();
});

test('importing the store does not seed it; its first use seeds it once', async () => {
  const { seed, db } = await freshModules();
  expect(seed).not.toHaveBeenCalled();
  expect(db.tables.contacts.size).toBe(250);
  expect(db.accountByUsername('klant@hub.example')).toBeDefined();
  expect(seed).toHaveBeenCalledTimes(1);
});

test('a demo start that restores stored data seeds once', async () => {
  const store = freshDemoDatabase();
  const first = await freshModules();
  (await first.startPersistence(store)).stop();
  expect(await storedData(store)).not.toBe('');

  const { seed, db, startPersistence } = await freshModules();
  const persistence = await startPersistence(store);
  expect(persistence.restoredFromSeed).toBe(false);
  expect(db.tables.contacts.size).toBe(250);
  expect(seed).toHaveBeenCalledTimes(1);
  persistence.stop();
});
