import { IDBFactory } from 'fake-indexeddb';
import type { UseStore } from 'idb-keyval';
import { demoDatabase, readStored } from '../../mocks/db/persistence';

/** An empty IndexedDB, as a new browser profile has: the demo's database in it. */
export function freshDemoDatabase(): UseStore {
  globalThis.indexedDB = new IDBFactory();
  return demoDatabase();
}

/** The demo data as stored, or '' when nothing is. */
export async function storedData(store: UseStore): Promise<string> {
  return (await readStored(store)).data ?? '';
}
