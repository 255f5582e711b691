/**
 * The customer's own data, one React Query definition per "mine" endpoint, through the data
 * provider (never fetch). A route's loader asks for them while the page's code loads
 * (portalRoutes) and the page reads the same cache entries (`useSuspenseQuery`).
 */
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
