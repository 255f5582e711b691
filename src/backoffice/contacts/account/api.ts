/** Mutations refetch the contact, its sign-in methods and timeline before they settle, so a dialog closes on an up-to-date panel. */
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataProvider } from '../../dataProvider';
import { describeAccountActionError } from './accountActionErrors';

// The panel's own queries of one account, refreshed together after each action on it.
const accountKey = (accountId: number) => ['accounts', accountId] as const;
const accountEventsKey = (accountId: number) => [...accountKey(accountId), 'events'] as const;

export const accountEventsQuery = (accountId: number, limit: number) =>
  queryOptions({
    queryKey: [...accountEventsKey(accountId), { limit }],
    queryFn: () =>
      dataProvider.getAccountEvents(accountId, { pagination: { page: 1, perPage: limit }, sort: { field: 'at', order: 'DESC' }, filter: {} }),
    // "Show more" keeps the events already shown on screen while the longer list loads.
    placeholderData: keepPreviousData,
    // One quiet retry; after that the panel says so and offers "try again" instead of waiting.
    retry: 1,
  });

export const useAccountEvents = (accountId: number, limit: number) => useQuery(accountEventsQuery(accountId, limit));

export const accountSignInMethodsQuery = (accountId: number) =>
  queryOptions({
    queryKey: [...accountKey(accountId), 'sign-in-methods'],
    queryFn: () => dataProvider.getAccountSignInMethods(accountId),
    retry: 1,
  });

export const useAccountSignInMethods = (accountId: number) => useQuery(accountSignInMethodsQuery(accountId));

export const accountActions = {
  renew: (accountId: number) => dataProvider.renewTemporaryPassword(accountId),
  block: (accountId: number) => dataProvider.blockAccount(accountId),
  unblock: (accountId: number) => dataProvider.unblockAccount(accountId),
  resetMail: (accountId: number) => dataProvider.sendResetMail(accountId),
  resetSecondFactor: (accountId: number) => dataProvider.resetAccountSecondFactor(accountId),
  endSessions: (accountId: number) => dataProvider.endAccountSessions(accountId),
  activationMail: (accountId: number) => dataProvider.sendActivationMail(accountId),
};

export function useAccountAction<T>(accountId: number, perform: (accountId: number) => Promise<T>) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['contacts'] }),
      queryClient.invalidateQueries({ queryKey: accountKey(accountId) }),
    ]);
  return useMutation({
    mutationFn: () => perform(accountId),
    onSuccess: refresh,
    // After a conflict the page was out of date: refetch it too.
    onError: (error) => (describeAccountActionError(error).stale ? refresh() : undefined),
    // A new temporary password must not outlive its dialog in the mutation cache.
    gcTime: 0,
  });
}
