/**
 * Figure 5: the mock API's contact list query (q + sort + range) over 10,000 contacts, in Node,
 * through the real handlers (msw/node + fetch), without artificial latency. The first query of a
 * store version builds the indexes; it is reported apart ("cold"), the percentiles are warm.
 */
import { setupServer } from 'msw/node';
import { resetDb } from '../../mocks/db';
import { createHandlers } from '../../mocks/handlers';
import { apiPaths } from '../../src/api/paths';
import { percentile } from './stats';

const API = 'http://bench.invalid/api';
const searches = ['jan', 'de vries', 'bakker', 'a', 'el', 'voorbeeld.nl', 'zzz-nobody'];
const sorts = [['lastName', 'ASC'], ['email', 'DESC'], ['createdAt', 'DESC'], ['city', 'ASC'], ['id', 'ASC']] as const;

export interface MockApiFigures {
  contacts: number;
  queries: number;
  coldMs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

function listUrl(index: number): string {
  const q = searches[index % searches.length];
  const [field, order] = sorts[index % sorts.length];
  const first = (index % 20) * 25;
  const params = new URLSearchParams({
    filter: JSON.stringify({ q }),
    sort: JSON.stringify([field, order]),
    range: JSON.stringify([first, first + 24]),
  });
  return `${API}${apiPaths.contacts}?${params}`;
}

async function timed(url: string, token: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  await response.json();
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return performance.now() - started;
}

export async function benchMockApi({ contacts = 10_000, queries = 500, warmup = 100 } = {}): Promise<MockApiFigures> {
  resetDb({ contacts });
  const server = setupServer(...createHandlers(API));
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const login = await fetch(`${API}${apiPaths.login}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'beheerder@hub.example', password: 'demo' }),
    });
    const { data } = (await login.json()) as { data: { token: string } };
    const coldMs = await timed(listUrl(0), data.token);
    for (let i = 0; i < warmup; i++) await timed(listUrl(i), data.token);
    const samples: number[] = [];
    for (let i = 0; i < queries; i++) samples.push(await timed(listUrl(i), data.token));
    return { contacts, queries, coldMs, p50Ms: percentile(samples, 50), p95Ms: percentile(samples, 95), maxMs: Math.max(...samples) };
  } finally {
    server.close();
  }
}
