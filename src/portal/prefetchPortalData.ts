/**
 * For an app opened on a portal page (a reload, a bookmark, a link in a mail): asks for the page's
 * data at once, alongside the auth checks and the download of the page's code, rather than after
 * them. The page then shows its data in its first render (no skeleton, no second render), and
 * on a slow network the request's round trip overlaps the rest of the start.
 *
 * Only for a live customer session with a password of their own: anything else never shows a
 * portal page. A failed prefetch is dropped: the page asks again itself, and its data provider
 * handles the error (a 401 ends the session there).
 */
import { hashKey, type QueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router';
import type { MineMethods } from '../providers/dataProvider';
import { isCustomerWithOwnPassword } from '../providers/authProvider';
import { markPrefilled, refetchUnlessPrefilled } from '../providers/prefilledQueries';
import { mineQueries, type MineQuery } from './mineQueries';
import { portalPaths } from './portalPaths';

/** What each page asks for when it opens; in step with the pages' own hooks. */
const pageQueries: { path: string; queries: (dp: MineMethods, id: string) => MineQuery<unknown>[] }[] = [
  { path: portalPaths.account, queries: (dp) => [mineQueries.account(dp), mineQueries.organizations(dp), mineQueries.groups(dp)] },
  { path: portalPaths.organisations, queries: (dp) => [mineQueries.organizations(dp)] },
  { path: portalPaths.permissions, queries: (dp) => [mineQueries.permissions(dp)] },
  { path: portalPaths.contracts, queries: (dp) => [mineQueries.contracts(dp)] },
  { path: `${portalPaths.contracts}/:id`, queries: (dp, id) => [mineQueries.contract(dp, id)] },
];

/** Prefetches still under way, by query hash: a page that opens meanwhile waits for them. */
const pending = new Map<string, Promise<unknown>>();

/**
 * `hash`: the location's hash, such as `#/portal/contracts?status=active`. Resolves when every
 * request it sent has been answered or has failed (at once when it sent none); never rejects.
 */
export async function prefetchPortalData(queryClient: QueryClient, dataProvider: MineMethods, hash: string): Promise<void> {
  const pathname = hash.replace(/^#/, '').split('?')[0];
  const page = pageQueries.map(({ path, queries }) => ({ match: matchPath(path, pathname), queries })).find(({ match }) => match);
  if (!page?.match || !isCustomerWithOwnPassword()) return;
  const requests = page.queries(dataProvider, page.match.params.id ?? '').map(({ queryKey, queryFn }) => {
    const queryHash = hashKey(queryKey);
    const request = queryFn();
    pending.set(queryHash, request);
    return request.then(
      (data) => {
        pending.delete(queryHash);
        // A page that opened meanwhile gets the same data through its own query (below).
        if (queryClient.getQueryCache().get(queryHash)?.getObserversCount()) return;
        queryClient.setQueryData(queryKey, data);
        markPrefilled(queryClient, queryKey);
      },
      () => pending.delete(queryHash),
    );
  });
  await Promise.all(requests);
}

/**
 * A page's query that takes over what the prefetch started: while it is under way the page
 * waits for it instead of sending the same request again; when it failed, the page asks itself.
 */
export function withPrefetch<T>({ queryKey, queryFn }: MineQuery<T>) {
  const queryHash = hashKey(queryKey);
  return {
    queryKey,
    queryFn: () => {
      const request = pending.get(queryHash) as Promise<T> | undefined;
      return request ? request.catch(() => queryFn()) : queryFn();
    },
    refetchOnMount: refetchUnlessPrefilled,
  };
}
