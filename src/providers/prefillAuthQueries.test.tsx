/**
 * The auth answers main.tsx puts in the cache before the first render: react-admin takes them
 * instead of asking the authProvider again when the app mounts (each answer was a re-render).
 */
import { QueryClient } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import { KLANT } from '../../test/kit/people';
import { loginAs, renderApp } from '../../test/kit/render';
import { authProvider } from './authProvider';
import { prefillAuthQueries } from './prefillAuthQueries';
import { clearSession } from './session';

const asked = ['checkAuth', 'getPermissions', 'getIdentity'] as const;

function spyOnAuthAnswers() {
  return asked.map((method) => vi.spyOn(authProvider, method));
}

async function openContracts(queryClient: QueryClient) {
  renderApp('/portal/contracts', { queryClient });
  expect(await screen.findByRole('link', { name: 'HUB-2024-000004' })).toBeInTheDocument();
}

describe('prefilling react-admin’s auth answers at start', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lets the app mount without asking the authProvider again', async () => {
    await loginAs(KLANT);
    const queryClient = new QueryClient();
    await prefillAuthQueries(queryClient);
    const spies = spyOnAuthAnswers();

    await openContracts(queryClient);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('is what spares those calls: without it the app asks each of them', async () => {
    await loginAs(KLANT);
    const spies = spyOnAuthAnswers();

    await openContracts(new QueryClient());
    for (const spy of spies) expect(spy).toHaveBeenCalled();
  });

  it('puts nothing in the cache without a session', async () => {
    clearSession();
    const queryClient = new QueryClient();
    await prefillAuthQueries(queryClient);
    expect(queryClient.getQueryCache().getAll()).toEqual([]);
  });
});
