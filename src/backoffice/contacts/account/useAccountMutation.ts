import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HubDataProvider } from '../../dataProvider';
import { useHubDataProvider } from '../../useHubDataProvider';
import { describeAccountActionError } from './accountActionErrors';
import { accountEventsKey } from './useAccountEvents';

/**
 * One action on an account (new temporary password, block, unblock, reset mail). Afterwards the contact (whose
 * record carries the account's status) and the timeline are refetched before the mutation counts
 * as done, so the dialog closes on a panel that is already up to date. After a conflict they are
 * refetched too: the page was out of date.
 */
export function useAccountMutation<T>(accountId: number, action: (dataProvider: HubDataProvider) => Promise<T>) {
  // A 401 here logs out like any other call.
  const dataProvider = useHubDataProvider();
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['contacts'] }),
      queryClient.invalidateQueries({ queryKey: accountEventsKey(accountId) }),
    ]);
  return useMutation({
    mutationFn: () => action(dataProvider),
    onSuccess: refresh,
    onError: (error) => (describeAccountActionError(error).stale ? refresh() : undefined),
    // A new temporary password must not outlive its dialog in the mutation cache.
    gcTime: 0,
  });
}
