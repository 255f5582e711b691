/**
 * The app's one React Query client, for both sections (react-admin takes it too). Every failed
 * query or mutation goes to `onError`, which ends the session on a 401, wherever it was asked:
 * in a route's loader, by a page or by the back office.
 */
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { HttpError } from './httpClient';

/**
 * How long an answer counts as current: a route's loader asks for a page's data, and the page,
 * mounting a moment later, takes that answer instead of asking again. Coming back to a page
 * within this time shows it at once; focusing the tab again asks anew after it.
 */
const FRESH_MS = 30_000;

/**
 * Retry once on server or network trouble; a 4xx answer (not found, forbidden) will not change
 * by asking again, and the user has a retry button for everything else.
 */
export function retryOnceWhenTransient(failureCount: number, error: unknown): boolean {
  const status = error instanceof HttpError ? error.status : 0;
  return failureCount < 1 && (status === 0 || status >= 500);
}

export function createQueryClient(onError: (error: unknown) => void): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    // A page shows the failure its loader met (with a retry button) instead of asking again.
    defaultOptions: { queries: { staleTime: FRESH_MS, retry: retryOnceWhenTransient, retryOnMount: false } },
  });
}
