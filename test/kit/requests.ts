/** Watching and bending the app's requests to the mock Hub API (msw/node), per test. */
import { http, HttpResponse } from 'msw';
import { server, TEST_API_BASE } from '../../mocks/node';

/** The full URL of an API path, as the app requests it: `apiUrl(withParams(apiPaths.contact, { id: 1 }))`. */
export const apiUrl = (path: string) => `${TEST_API_BASE}${path}`;

/** Counts the requests the app sends to `url` from now on; read the count by calling the result. */
export function countRequests(method: string, url: string): () => number {
  let count = 0;
  server.events.on('request:start', ({ request }) => {
    if (request.method === method && request.url === url) count++;
  });
  return () => count;
}

/** Collects the JSON bodies the app sends to `url` from now on. */
export function requestBodies(method: string, url: string): unknown[] {
  const bodies: unknown[] = [];
  server.events.on('request:start', async ({ request }) => {
    if (request.method === method && request.url === url) bodies.push(await request.clone().json());
  });
  return bodies;
}

/**
 * The next `times` calls to GET `path` answer 500. Portal queries retry a server error once by
 * themselves, so 2 makes the page show its error.
 */
export function failGet(path: string, times = 2) {
  let left = times;
  server.use(
    http.get(apiUrl(path), () => {
      if (left-- <= 0) return undefined;
      return HttpResponse.json({ error: { code: 'internal', message: 'Boom.' } }, { status: 500 });
    }),
  );
}
