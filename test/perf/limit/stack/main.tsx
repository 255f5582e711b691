/**
 * The stack limit app: the limit apps' two pages with the least the Hub's customer stack needs
 * beside React 19 + MUI 7: React Router's data router with one route per page (hash URLs, as
 * the Hub's), a React Query provider, and Mijn contracten's data fetched by the route's loader
 * through `queryOptions` that the page reads again. `npm run bench` measures the Hub's customer
 * pages against it as well, so keep it bare.
 */
import { CacheProvider } from '@emotion/react';
import { Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { QueryClient, QueryClientProvider, queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider } from 'react-router';
import { apiPaths } from '../../../../src/core/api/paths';
import type { ContractListItem } from '../../../../src/core/api/types';
import { DEMO_PASSWORD, KLANT } from '../../../kit/people';
import { emotionNonceCache } from '../emotionNonce';

const api = import.meta.env.VITE_API_URL;

async function json<T>(response: Promise<Response>): Promise<T> {
  const answer = await response;
  if (!answer.ok) throw new Error(`${answer.url}: ${answer.status}`);
  return ((await answer.json()) as { data: T }).data;
}

// As the limit contracts app: it logs in as the demo customer, then fetches the contracts once.
const myContracts = queryOptions({
  queryKey: ['contracts', 'mine'],
  queryFn: async (): Promise<ContractListItem[]> => {
    const login = fetch(`${api}${apiPaths.login}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: KLANT, password: DEMO_PASSWORD }),
    });
    const { token } = await json<{ token: string }>(login);
    const contracts = fetch(`${api}${apiPaths.contractsMine}`, { headers: { Authorization: `Bearer ${token}` } });
    return (await json<{ items: ContractListItem[] }>(contracts)).items;
  },
});

const queryClient = new QueryClient();

function LoginPage() {
  return (
    <Card component="main" sx={{ maxWidth: 400, mx: 'auto', mt: 4 }}>
      <CardContent>
        <Stack component="form" spacing={2} onSubmit={(event) => event.preventDefault()}>
          <Typography variant="h5" component="h1">
            Inloggen
          </Typography>
          <TextField name="username" label="Gebruikersnaam" autoComplete="username" required />
          <TextField name="password" label="Wachtwoord" type="password" autoComplete="current-password" required />
          <Button type="submit" variant="contained">
            Inloggen
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
}

function ContractsPage() {
  const { data: contracts } = useSuspenseQuery(myContracts);
  return (
    <main>
      <Typography variant="h4" component="h1" sx={{ m: 2 }}>
        Mijn contracten
      </Typography>
      <Stack component="ul" spacing={2} sx={{ listStyle: 'none', p: 0 }}>
        {contracts.map((contract) => (
          <Card component="li" key={contract.id}>
            <CardContent>
              <Typography variant="h6" component="h2">
                {contract.product}
              </Typography>
              <Typography color="text.secondary">{contract.number}</Typography>
            </CardContent>
          </Card>
        ))}
      </Stack>
    </main>
  );
}

const router = createHashRouter([
  { path: '/login', Component: LoginPage },
  { path: '/contracts', loader: () => queryClient.ensureQueryData(myContracts), Component: ContractsPage },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CacheProvider value={emotionNonceCache}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </CacheProvider>
  </StrictMode>,
);
