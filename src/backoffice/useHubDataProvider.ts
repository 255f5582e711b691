/**
 * The typed data provider for the back office's own React Query queries and mutations (timeline, bulk).
 * Every failure goes to the authProvider's checkError, as react-admin's hooks do: a 401 (session
 * expired, account blocked) ends the session and opens the login page. react-admin's
 * useDataProvider() proxy does that too, but after a logout it resolves with a `{ data: {} }`
 * placeholder, which a page expecting contracts or events would render (and crash on). So this
 * wraps the plain provider, and after a logout the call never settles: the page keeps what it
 * shows until the login page replaces it.
 */
import { useContext, useMemo } from 'react';
import { DataProviderContext, useLogoutIfAccessDenied } from 'react-admin';
import type { HubDataProvider } from './dataProvider';

export function useHubDataProvider(): HubDataProvider {
  const dataProvider = useContext(DataProviderContext) as HubDataProvider;
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  return useMemo(
    () =>
      new Proxy(dataProvider, {
        get(target, name: string) {
          const method: unknown = target[name];
          if (typeof method !== 'function') return method;
          return async (...args: unknown[]) => {
            try {
              return await (method as (...a: unknown[]) => Promise<unknown>).apply(target, args);
            } catch (error) {
              if (await logoutIfAccessDenied(error)) return new Promise(() => undefined);
              throw error;
            }
          };
        },
      }),
    [dataProvider, logoutIfAccessDenied],
  );
}
