/** One client for both sections: every failed query or mutation goes to `onError`, which ends the session on a 401. */
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { HttpError } from './httpClient';

// A page takes its loader's answer instead of asking again a moment later.
const FRESH_MS = 30_000;

// A 4xx will not change by asking again; the user has a retry button for everything else.
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
