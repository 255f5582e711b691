import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { mineQueries } from '../api/mineQueries';
import { GuardRefusal, refusePreview, requireCustomer, requireSession } from '../sessionGuards';
import { portalPaths } from './portalPaths';

const pages = () => import('./portalPages');
const securityPages = () => import('../security/securityPages');
type Pages = Awaited<ReturnType<typeof pages>>;

/** What a page's loader waits for: its data in the cache (an answer still fresh is not asked again). */
type Load = (queryClient: QueryClient, params: LoaderFunctionArgs['params']) => Promise<unknown>[];

function page(titleKey: string, load: Load, Component: keyof Pages, ErrorBoundary: keyof Pages = 'PortalPageError') {
  return (queryClient: QueryClient) => ({
    handle: { titleKey },
    loader: async ({ params }: LoaderFunctionArgs) => {
      await Promise.all(load(queryClient, params));
      return null;
    },
    lazy: async () => {
      const chunk = await pages();
      return { Component: chunk[Component], ErrorBoundary: chunk[ErrorBoundary] };
    },
  });
}

const accountPage = page('hub.portal.account.title', (client) => [
  client.ensureQueryData(mineQueries.account()),
  client.ensureQueryData(mineQueries.organizations()),
  client.ensureQueryData(mineQueries.groups()),
], 'AccountPage');
const organisationsPage = page('hub.portal.organisations.title', (client) => [client.ensureQueryData(mineQueries.organizations())], 'OrganisationsPage');
const permissionsPage = page('hub.portal.permissions.title', (client) => [client.ensureQueryData(mineQueries.permissions())], 'PermissionsPage');
const contractList = page('hub.portal.contracts.title', (client) => [client.ensureQueryData(mineQueries.contracts())], 'ContractList');
const contractShow = page(
  'hub.portal.contracts.title',
  (client, { id }) => [client.ensureQueryData(mineQueries.contract(id ?? ''))],
  'ContractShow',
  'ContractShowError',
);

export function portalRoutes(queryClient: QueryClient): RouteObject {
  return {
    path: portalPaths.account,
    middleware: [requireSession, requireCustomer],
    errorElement: <GuardRefusal />,
    children: [
      {
        lazy: async () => ({ Component: (await pages()).PortalLayout }),
        children: [
          { index: true, ...accountPage(queryClient) },
          { path: 'organisations', ...organisationsPage(queryClient) },
          { path: 'permissions', ...permissionsPage(queryClient) },
          { path: 'contracts', ...contractList(queryClient) },
          { path: 'contracts/:id', ...contractShow(queryClient) },
          {
            path: 'password',
            handle: { titleKey: 'hub.portal.password.own.title' },
            // Not in a preview: a staff member never sees or changes the customer's password.
            middleware: [refusePreview],
            lazy: async () => ({ Component: (await import('../password/OwnPasswordPage')).OwnPasswordPage }),
          },
          {
            path: 'security',
            // Not in a preview: a staff member never sees or changes the customer's sign-in methods.
            // Its refusal goes up to the portal's guard; the page's own boundary is for its data.
            middleware: [refusePreview],
            children: [
              {
                index: true,
                handle: { titleKey: 'hub.portal.security.title' },
                // The query's code comes with the page's chunk, fetched alongside it.
                loader: async () => {
                  const { securityQueries } = await import('../security/securityApi');
                  await Promise.all([
                    queryClient.ensureQueryData(securityQueries.signInMethods()),
                    queryClient.ensureQueryData(securityQueries.sessions()),
                    queryClient.ensureQueryData(securityQueries.previews()),
                  ]);
                  return null;
                },
                lazy: async () => ({ Component: (await securityPages()).SecurityPage, ErrorBoundary: (await pages()).PortalPageError }),
              },
            ],
          },
          { path: '*', lazy: async () => ({ Component: (await pages()).PortalNotFoundPage }) },
        ],
      },
      {
        path: 'security/passkey',
        middleware: [refusePreview],
        lazy: async () => ({ Component: (await securityPages()).PasskeyOfferPage }),
      },
    ],
  };
}
