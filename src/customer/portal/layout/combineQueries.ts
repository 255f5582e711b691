/**
 * Several queries as one for QueryState: pending until all have data, failed if any failed,
 * and one retry that refetches only the failed ones.
 */
import type { UseQueryResult } from '@tanstack/react-query';

type Results<T extends unknown[]> = { [K in keyof T]: UseQueryResult<T[K], unknown> };

export function combineQueries<T extends unknown[]>(...queries: Results<T>) {
  const all = queries as UseQueryResult<unknown, unknown>[];
  const ready = all.every((query) => query.data !== undefined);
  return {
    data: ready ? (all.map((query) => query.data) as T) : undefined,
    isPending: all.some((query) => query.isPending),
    isError: all.some((query) => query.isError),
    isFetching: all.some((query) => query.isFetching),
    refetch: () => Promise.all(all.filter((query) => query.isError).map((query) => query.refetch())),
  };
}
