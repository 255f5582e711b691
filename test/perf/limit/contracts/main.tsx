/**
 * The limit contracts app: the least "Mijn contracten" can be in this stack (React 19 + MUI 7):
 * it logs in as the demo customer, fetches /contract/contracts/mine once and draws each contract
 * as an MUI Card. Both requests start before React renders. `npm run bench` measures the Hub's
 * portal pages against it, so keep it bare.
 */
import { CacheProvider } from '@emotion/react';
import { Card, CardContent, Stack, Typography } from '@mui/material';
import { StrictMode, Suspense, use } from 'react';
import { createRoot } from 'react-dom/client';
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

async function myContracts(): Promise<ContractListItem[]> {
  const login = fetch(`${api}${apiPaths.login}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: KLANT, password: DEMO_PASSWORD }),
  });
  const { token } = await json<{ token: string }>(login);
  const contracts = fetch(`${api}${apiPaths.contractsMine}`, { headers: { Authorization: `Bearer ${token}` } });
  return (await json<{ items: ContractListItem[] }>(contracts)).items;
}

const contracts = myContracts();

function ContractCards() {
  return (
    <Stack component="ul" spacing={2} sx={{ listStyle: 'none', p: 0 }}>
      {use(contracts).map((contract) => (
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
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CacheProvider value={emotionNonceCache}>
      <main>
        <Typography variant="h4" component="h1" sx={{ m: 2 }}>
          Mijn contracten
        </Typography>
        <Suspense>
          <ContractCards />
        </Suspense>
      </main>
    </CacheProvider>
  </StrictMode>,
);
