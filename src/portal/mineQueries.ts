/**
 * The customer's own data, one React Query definition per "mine" endpoint, through the data
 * provider (never fetch). A route's loader asks for them while the page's code loads
 * (portalRoutes) and the page reads the same cache entries (usePortalData).
 */
import { queryOptions } from '@tanstack/react-query';
import { dataProvider } from '../providers/dataProvider';

export const mineQueries = {
  account: () => queryOptions({ queryKey: ['mine', 'account'], queryFn: () => dataProvider.getAccountMine() }),
  organizations: () => queryOptions({ queryKey: ['mine', 'organizations'], queryFn: () => dataProvider.getOrganizationsMine() }),
  groups: () => queryOptions({ queryKey: ['mine', 'groups'], queryFn: () => dataProvider.getGroupsMine() }),
  permissions: () => queryOptions({ queryKey: ['mine', 'permissions'], queryFn: () => dataProvider.getPermissionsMine() }),
  contracts: () => queryOptions({ queryKey: ['mine', 'contracts'], queryFn: () => dataProvider.getContractsMine() }),
  contract: (id: string) => queryOptions({ queryKey: ['mine', 'contracts', id], queryFn: () => dataProvider.getContractMine(id) }),
};
