/**
 * Answers the app puts in the query cache at start, before its first render (main.tsx): the
 * first page's data and react-admin's auth answers. What mounts within a few seconds takes such
 * an answer as it is. react-query would ask again on mount, and on a slow phone the arrival of
 * that second answer rendered the page a second time before it was painted.
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query';

const PREFILL_FRESH_MS = 5_000;
const prefilledAt = new WeakMap<object, number>();

/** Marks the cache entry of `queryKey`, if it holds data, as filled at start. */
export function markPrefilled(queryClient: QueryClient, queryKey: QueryKey): void {
  const query = queryClient.getQueryCache().find({ queryKey, exact: true });
  if (query?.state.status === 'success') prefilledAt.set(query, query.state.dataUpdatedAt);
}

/**
 * As `refetchOnMount`: false for an answer filled at start and not replaced since, for a few
 * seconds; otherwise react-query's default (ask again when stale). react-query asks this more
 * than once per mount: the answer only changes when the data does, or when those seconds end.
 */
export function refetchUnlessPrefilled(query: { state: { dataUpdatedAt: number } }): boolean {
  const at = prefilledAt.get(query);
  return at === undefined || query.state.dataUpdatedAt !== at || Date.now() - at > PREFILL_FRESH_MS;
}
