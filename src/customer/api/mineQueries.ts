/** Loaders fill these cache entries while a page's code loads; pages read them with useSuspenseQuery. */
import { queryOptions } from '@tanstack/react-query';
import { customerMethods } from './customerMethods';

export const mineQueries = {
  account: () => queryOptions({ queryKey: ['mine', 'account'], queryFn: () => customerMethods.getAccountMine() }),
  organizations: () => queryOptions({ queryKey: ['mine', 'organizations'], queryFn: () => customerMethods.getOrganizationsMine() }),
  groups: () => queryOptions({ queryKey: ['mine', 'groups'], queryFn: () => customerMethods.getGroupsMine() }),
  permissions: () => queryOptions({ queryKey: ['mine', 'permissions'], queryFn: () => customerMethods.getPermissionsMine() }),
  contracts: () => queryOptions({ queryKey: ['mine', 'contracts'], queryFn: () => customerMethods.getContractsMine() }),
  contract: (id: string) => queryOptions({ queryKey: ['mine', 'contracts', id], queryFn: () => customerMethods.getContractMine(id) }),
};
