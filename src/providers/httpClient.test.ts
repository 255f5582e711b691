/** The Hub API's error body becomes react-admin's HttpError; a dead network becomes a clear error. */
import { http, HttpResponse } from 'msw';
import { HttpError } from 'react-admin';
import { server } from '../../mocks/node';
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

  it('reports a request that got no answer as a network error', async () => {
    server.use(http.get(url, () => HttpResponse.error()));
    const error = await failureOf(httpClient(url));
    expect(error.status).toBe(0);
    expect(error.message).toBe('hub.errors.network');
    expect((error.body as { code: string }).code).toBe(NETWORK_ERROR_CODE);
  });
});
