/**
 * The customer's own data as react-query definitions, one per "mine" endpoint. The pages' hooks
 * (usePortalData) and the start-up prefetch (prefetchPortalData) share them, so both fill the
 * same cache entries. Keys start with 'mine' so logout/login can drop them together.
 */
import type { MineMethods } from '../providers/dataProvider';

export interface MineQuery<T> {
  queryKey: readonly (string | number)[];
  queryFn: () => Promise<T>;
}

export const mineQueries = {
  account: (dp: MineMethods) => ({ queryKey: ['mine', 'account'], queryFn: () => dp.getAccountMine() }),
  organizations: (dp: MineMethods) => ({ queryKey: ['mine', 'organizations'], queryFn: () => dp.getOrganizationsMine() }),
  groups: (dp: MineMethods) => ({ queryKey: ['mine', 'groups'], queryFn: () => dp.getGroupsMine() }),
  permissions: (dp: MineMethods) => ({ queryKey: ['mine', 'permissions'], queryFn: () => dp.getPermissionsMine() }),
  contracts: (dp: MineMethods) => ({ queryKey: ['mine', 'contracts'], queryFn: () => dp.getContractsMine() }),
  contract: (dp: MineMethods, id: string) => ({ queryKey: ['mine', 'contracts', id], queryFn: () => dp.getContractMine(id) }),
} satisfies Record<string, (dp: MineMethods, id: string) => MineQuery<unknown>>;
