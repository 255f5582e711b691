/**
 * The customer portal's routes. Every page needs a session, the customer role and a password of
 * the customer's own (PortalGuard). Each page's loader asks for its data while the page's code
 * loads, so the page renders once, with its data; the pages are a lazy chunk, which the login
 * page and the back office never load.
 */
import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import { Navigate, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { isCustomerWithOwnPassword } from '../../core/session/authProvider';
import { mineQueries } from '../api/mineQueries';
import { RequireCustomer, RequireSession } from './layout/PortalGuard';
import { portalPaths } from './portalPaths';

type Prefetch = (queryClient: QueryClient) => Promise<void>;

/** One of a page's queries, each of its own type. */
function prefetch<T, Key extends QueryKey>(query: FetchQueryOptions<T, Error, T, Key>): Prefetch {
  return (queryClient) => queryClient.prefetchQuery(query);
}

type Queries = (params: LoaderFunctionArgs['params']) => Prefetch[];

/**
 * A page's loader: its data in the cache before it renders (an answer still fresh is not asked
 * again). Only for a customer who may see the page: the guards send anyone else elsewhere. A
 * failed request is kept in the cache too: the page shows it, with its retry button.
 */
function loadMine(queryClient: QueryClient, queries: Queries) {
  return async ({ params }: LoaderFunctionArgs) => {
    if (isCustomerWithOwnPassword()) await Promise.all(queries(params).map((query) => query(queryClient)));
    return null;
  };
}

/** The layout and pages are one chunk: a phone fetches, compiles and links one file for all of them. */
const pages = () => import('./portalPages');

export function portalRoutes(queryClient: QueryClient): RouteObject {
  return {
    path: portalPaths.account,
    element: <RequireSession />,
    children: [
      {
        element: <RequireCustomer />,
        children: [
          {
            lazy: async () => ({ Component: (await pages()).PortalLayout }),
            children: [
              {
                index: true,
                loader: loadMine(queryClient, () => [prefetch(mineQueries.account()), prefetch(mineQueries.organizations()), prefetch(mineQueries.groups())]),
                lazy: async () => ({ Component: (await pages()).AccountPage }),
              },
              {
                path: 'organisations',
                loader: loadMine(queryClient, () => [prefetch(mineQueries.organizations())]),
                lazy: async () => ({ Component: (await pages()).OrganisationsPage }),
              },
              {
                path: 'permissions',
                loader: loadMine(queryClient, () => [prefetch(mineQueries.permissions())]),
                lazy: async () => ({ Component: (await pages()).PermissionsPage }),
              },
              {
                path: 'contracts',
                loader: loadMine(queryClient, () => [prefetch(mineQueries.contracts())]),
                lazy: async () => ({ Component: (await pages()).ContractList }),
              },
              {
                path: 'contracts/:id',
                loader: loadMine(queryClient, ({ id }) => [prefetch(mineQueries.contract(id ?? ''))]),
                lazy: async () => ({ Component: (await pages()).ContractShow }),
              },
              { path: '*', element: <Navigate to={portalPaths.account} replace /> },
            ],
          },
        ],
      },
    ],
  };
}
