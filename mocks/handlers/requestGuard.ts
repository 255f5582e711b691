/**
 * The API's outer rules, the same for every operation in every runtime (browser, Node, HTTP):
 * first a method the API never uses is a 405, a URL whose path cannot be decoded a 400, a body announced as over 64 kB a 413 and a
 * body that is not JSON a 415 (so no web page can post a "simple" text/plain request to a local
 * mock without a CORS preflight); last, a path the API does not have is a 404. All in the
 * contract's error body.
 */
import { http } from 'msw';
import { ApiError, errorResponse, isJsonContentType, MAX_BODY_BYTES, notJson, tooLarge } from '../http';

/** Whether the URL is one of the API's ('' as the base: every URL is). */
function underApi(apiBase: string, url: string): boolean {
  const base = apiBase.replace(/\/$/, '');
  return base === '' || url === base || url.startsWith(`${base}/`) || url.startsWith(`${base}?`);
}

/** Every method the API has an operation for (and CORS preflights). */
export const API_METHODS = ['GET', 'POST', 'PUT', 'OPTIONS'] as const;

export const methodNotAllowed = () => new ApiError(405, 'method_not_allowed', `The Hub API answers ${API_METHODS.join(', ')} only.`);

function problemOf(request: Request): ApiError | undefined {
  if (!(API_METHODS as readonly string[]).includes(request.method)) return methodNotAllowed();
  try {
    decodeURIComponent(new URL(request.url).pathname);
  } catch {
    return new ApiError(400, 'invalid_url', 'The URL is malformed: its path has an invalid percent-encoding.');
  }
  if (Number(request.headers.get('Content-Length') ?? 0) > MAX_BODY_BYTES) return tooLarge();
  const type = request.headers.get('Content-Type');
  if (type !== null && !isJsonContentType(type)) return notJson();
  return undefined;
}

/** Tried before every operation's handler; the predicate keeps MSW from decoding the path first. */
export function requestGuardHandler(apiBase: string) {
  return http.all(({ request }) => underApi(apiBase, request.url), ({ request }) => {
    const problem = problemOf(request);
    // Nothing returned: MSW goes on to the next handler, the operation's own.
    if (!problem) return undefined;
    const response = errorResponse(problem.status, problem.code, problem.message);
    if (problem.status === 405) response.headers.set('Allow', API_METHODS.join(', '));
    return response;
  });
}

/** Tried after every operation's handler: whatever reached it is no endpoint of the API. */
export function unknownRouteHandler(apiBase: string) {
  return http.all(({ request }) => underApi(apiBase, request.url), () => errorResponse(404, 'not_found', 'No such endpoint in the Hub API.'));
}
