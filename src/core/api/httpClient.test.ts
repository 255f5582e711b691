/** The Hub API's error body becomes react-admin's HttpError; a dead network becomes a clear error. */
import { http, HttpResponse } from 'msw';
import { HttpError } from './httpClient';
import { server } from '../../../mocks/node';
import { apiUrl } from './apiUrl';
import { httpClient, NETWORK_ERROR_CODE } from './httpClient';

const url = `${apiUrl}/contact/contacts`;

async function failureOf(promise: Promise<unknown>): Promise<HttpError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(HttpError);
  return error as HttpError;
}

describe('httpClient', () => {
  it('sends a body as JSON, with the token, and answers as react-admin’s fetchJson: {status, headers, body, json}', async () => {
    const seen: { contentType: string | null; accept: string | null }[] = [];
    server.use(
      http.all(url, ({ request }) => {
        seen.push({ contentType: request.headers.get('Content-Type'), accept: request.headers.get('Accept') });
        return HttpResponse.json({ id: 7 }, { status: 201, headers: { 'X-Total-Count': '1' } });
      }),
    );
    const answer = await httpClient(url, { method: 'POST', body: '{"name":"A"}' });
    expect(answer.status).toBe(201);
    expect(answer.json).toEqual({ id: 7 });
    expect(answer.body).toBe('{"id":7}');
    expect(answer.headers.get('X-Total-Count')).toBe('1');
    await httpClient(url);
    const form = new FormData();
    form.set('file', 'x');
    await httpClient(url, { method: 'POST', body: form });
    expect(seen[0]).toEqual({ contentType: 'application/json', accept: 'application/json' });
    expect(seen[1].contentType).toBeNull();
    expect(seen[2].contentType).toMatch(/^multipart\/form-data/);
  });

  it('answers a body that is not JSON with its text and no json', async () => {
    server.use(http.delete(url, () => new HttpResponse(null, { status: 204 })));
    const answer = await httpClient(url, { method: 'DELETE' });
    expect(answer).toMatchObject({ status: 204, body: '', json: undefined });
  });

  it('turns {error: {code, message, fields}} into an HttpError with body.errors', async () => {
    server.use(
      http.post(url, () =>
        HttpResponse.json(
          { error: { code: 'validation_failed', message: 'Validation failed', fields: { email: 'Not an email' } } },
          { status: 422 },
        ),
      ),
    );
    const error = await failureOf(httpClient(url, { method: 'POST', body: '{}' }));
    expect(error.status).toBe(422);
    expect(error.message).toBe('Validation failed');
    expect(error.body).toEqual({
      code: 'validation_failed',
      message: 'Validation failed',
      errors: { email: 'Not an email' },
    });
  });

  it('keeps the code of an error without fields', async () => {
    server.use(
      http.get(url, () => HttpResponse.json({ error: { code: 'forbidden', message: 'No' } }, { status: 403 })),
    );
    const error = await failureOf(httpClient(url));
    expect(error.status).toBe(403);
    expect(error.body).toEqual({ code: 'forbidden', message: 'No' });
  });

  it('names the status of an error page that is not the API’s JSON (a proxy’s 502)', async () => {
    server.use(http.get(url, () => new HttpResponse('<html>Bad gateway</html>', { status: 502 })));
    const error = await failureOf(httpClient(url));
    expect(error.status).toBe(502);
    expect(error.body).toEqual({ code: 'http_502', message: 'HTTP 502' });
  });

  it('reports a request that got no answer as a network error', async () => {
    server.use(http.get(url, () => HttpResponse.error()));
    const error = await failureOf(httpClient(url));
    expect(error.status).toBe(0);
    expect(error.message).toBe('hub.errors.network_error');
    expect((error.body as { code: string }).code).toBe(NETWORK_ERROR_CODE);
  });
});
