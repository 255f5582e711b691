import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useHubDataProvider } from '../../useHubDataProvider';

/** The query key of one account's timeline; invalidate it after every action on the account. */
export const accountEventsKey = (accountId: number) => ['accounts', accountId, 'events'] as const;

/** The newest `limit` events of the account, newest first, and how many there are in all. */
export function useAccountEvents(accountId: number, limit: number) {
  const dataProvider = useHubDataProvider();
  return useQuery({
    queryKey: [...accountEventsKey(accountId), { limit }],
    queryFn: () =>
      dataProvider.getAccountEvents(accountId, {
        pagination: { page: 1, perPage: limit },
        sort: { field: 'at', order: 'DESC' },
        filter: {},
      }),
    // "Show more" keeps the events already shown on screen while the longer list loads.
    placeholderData: keepPreviousData,
    // One quiet retry; after that the panel says so and offers "try again" instead of waiting.
    retry: 1,
  });
}
