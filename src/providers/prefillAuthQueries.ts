/**
 * When the app mounts, react-admin asks the authProvider, each through react-query, whether there
 * is a session (checkAuth), for the role (getPermissions) and for the user (getIdentity). Each
 * answer re-renders its routes; the checkAuth one the whole page. With a live stored session the
 * answers are known at once: they go into the cache before the first render, so that render
 * is already the authenticated one. The keys are react-admin's (useAuthState, usePermissions,
 * useGetIdentity); prefillAuthQueries.test.tsx fails if a react-admin update changes them.
 */
import type { QueryClient } from '@tanstack/react-query';
import { authProvider, currentSession } from './authProvider';
import { markPrefilled, refetchUnlessPrefilled } from './prefilledQueries';

const authAnswers = [
  { queryKey: ['auth', 'checkAuth', {}], queryFn: () => authProvider.checkAuth({}).then(() => true) },
  { queryKey: ['auth', 'getPermissions', {}], queryFn: () => authProvider.getPermissions!({}) },
  { queryKey: ['auth', 'getIdentity'], queryFn: () => authProvider.getIdentity!() },
];

/** Resolves once the answers are in the cache; at once without a live session. */
export async function prefillAuthQueries(queryClient: QueryClient): Promise<void> {
  if (!currentSession()) return;
  queryClient.setQueryDefaults(['auth'], { refetchOnMount: refetchUnlessPrefilled });
  await Promise.all(
    authAnswers.map(async ({ queryKey, queryFn }) => {
      await queryClient.prefetchQuery({ queryKey, queryFn });
      markPrefilled(queryClient, queryKey);
    }),
  );
}
