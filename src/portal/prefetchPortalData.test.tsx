/**
 * The start-up prefetch (main.tsx) for an app opened on a portal page: the page's data is asked
 * for once, before the page renders; the page neither asks again nor misses a failure.
 */
import { QueryClient } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import { delay, http } from 'msw';
import { db } from '../../mocks/db';
import { server, TEST_API_BASE } from '../../mocks/node';
import { apiPaths } from '../api/paths';
import { KLANT } from '../../test/kit/people';
import { klantContracts } from '../../test/kit/portal';
import { currentRoute, loginAs, renderApp } from '../../test/kit/render';
import { countRequests } from '../../test/kit/requests';
import { dataProvider } from '../providers/dataProvider';
import { clearSession, readSession, writeSession, type Session } from '../providers/session';
import { prefetchPortalData } from './prefetchPortalData';

const CONTRACTS_URL = `${TEST_API_BASE}${apiPaths.contractsMine}`;

function prefetch(hash: string) {
  const queryClient = new QueryClient();
  prefetchPortalData(queryClient, dataProvider, hash);
  return queryClient;
}

/** Every request the app sends from now on, as "METHOD path". */
function requestLog(): string[] {
  const log: string[] = [];
  server.events.on('request:start', ({ request }) => log.push(`${request.method} ${new URL(request.url).pathname}`));
  return log;
}

describe('prefetching the data of the portal page the app opens on', () => {
  it('asks for each page’s own data', async () => {
    await loginAs(KLANT);
    const [contractId] = klantContracts().map((contract) => String(contract.id));
    const cases: [string, string[][]][] = [
      ['#/portal', [['mine', 'account'], ['mine', 'organizations'], ['mine', 'groups']]],
      ['#/portal/organisations', [['mine', 'organizations']]],
      ['#/portal/permissions', [['mine', 'permissions']]],
      ['#/portal/contracts?status=active', [['mine', 'contracts']]],
      [`#/portal/contracts/${contractId}`, [['mine', 'contracts', contractId]]],
    ];
    for (const [hash, keys] of cases) {
      const queryClient = prefetch(hash);
      await waitFor(() => expect(queryClient.getQueryCache().getAll().map((query) => query.queryKey)).toEqual(keys));
      for (const key of keys) expect(queryClient.getQueryData(key)).toBeDefined();
    }
  });

  it('shows Mijn contracten with the prefetched contracts and does not fetch them again', async () => {
    await loginAs(KLANT);
    const contractRequests = countRequests('GET', CONTRACTS_URL);
    const queryClient = prefetch('#/portal/contracts');
    await waitFor(() => expect(queryClient.getQueryData(['mine', 'contracts'])).toHaveLength(klantContracts().length));

    renderApp('/portal/contracts', { queryClient });
    expect(await screen.findByRole('link', { name: 'HUB-2024-000004' })).toBeInTheDocument();
    expect(queryClient.isFetching({ queryKey: ['mine'] })).toBe(0);
    expect(contractRequests()).toBe(1);
  });

  it('lets a page that opens before the answer wait for it rather than ask again', async () => {
    await loginAs(KLANT);
    server.use(http.get(CONTRACTS_URL, () => delay(300)));
    const contractRequests = countRequests('GET', CONTRACTS_URL);
    const queryClient = prefetch('#/portal/contracts');

    renderApp('/portal/contracts', { queryClient });
    expect(await screen.findByRole('link', { name: 'HUB-2024-000004' })).toBeInTheDocument();
    expect(contractRequests()).toBe(1);
  });

  it('leaves a failure to the page: a session the API no longer knows ends on the login page', async () => {
    await loginAs(KLANT);
    db.deleteSession(readSession()!.token);
    // The prefetch's 401 arrives after the page opened and waits for it.
    server.use(http.get(CONTRACTS_URL, () => delay(300), { once: true }));
    const contractRequests = countRequests('GET', CONTRACTS_URL);
    const queryClient = prefetch('#/portal/contracts');

    renderApp('/portal/contracts', { queryClient });
    await waitFor(() => expect(currentRoute()).toBe('/login'));
    expect(await screen.findByText(/sessie is verlopen/i)).toBeInTheDocument();
    expect(contractRequests()).toBe(2);
  });

  it('asks nothing without a session, for staff, for a customer who must change the password, or off the portal', async () => {
    await loginAs('beheerder@hub.example');
    const staff = readSession()!;
    await loginAs(KLANT);
    const customer = readSession()!;
    const log = requestLog();
    const cases: [Session | null, string][] = [
      [null, '#/portal/contracts'],
      [staff, '#/portal/contracts'],
      [{ ...customer, mustChangePassword: true }, '#/portal/contracts'],
      [customer, '#/contacts'],
    ];
    for (const [session, hash] of cases) {
      if (session) writeSession(session);
      else clearSession();
      prefetch(hash);
    }
    await delay(50);
    expect(log).toEqual([]);
  });
});
