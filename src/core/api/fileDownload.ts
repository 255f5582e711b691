/**
 * Downloads a file from the Hub API with the session's token in the Authorization header (never
 * in the URL, where it would end up in history, logs and Referer headers). The body is read as a
 * stream, so the caller can show progress against Content-Length. Failures are the same
 * HttpErrors as httpClient's: the status and the contract's error code, or status 0 offline.
 */
import { apiUrl } from './apiUrl';
import { HttpError, networkError, parseErrorBody, withAuthHeaders } from './httpClient';

export interface DownloadOptions {
  /** Called as bytes arrive; `total` is Content-Length (null when the server does not say). */
  onProgress?: (loaded: number, total: number | null) => void;
  signal?: AbortSignal;
  /** The name to save under when the answer names none (or a cross-origin API hides it). */
  fallbackName: string;
}

export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/** The file name of a Content-Disposition header: `filename*` (RFC 5987, UTF-8) before `filename`. */
export function filenameOf(disposition: string | null): string | null {
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  return /filename\s*=\s*"([^"]*)"/i.exec(disposition ?? '')?.[1] ?? null;
}

async function readBody(response: Response, onProgress: DownloadOptions['onProgress']): Promise<Blob> {
  const type = response.headers.get('Content-Type') ?? 'application/octet-stream';
  const total = Number(response.headers.get('Content-Length')) || null;
  if (!response.body) return new Blob([await response.arrayBuffer()], { type });
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let loaded = 0;
  onProgress?.(0, total);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress?.(loaded, total);
  }
  return new Blob(chunks, { type });
}

export async function fetchFile(path: string, { onProgress, signal, fallbackName }: DownloadOptions): Promise<DownloadedFile> {
  let response: Response;
  try {
    response = await fetch(`${apiUrl}${path}`, { headers: withAuthHeaders({ headers: { Accept: 'application/pdf' } }), signal });
  } catch (error) {
    if ((error as Error)?.name === 'AbortError') throw error;
    throw networkError();
  }
  if (!response.ok) {
    const body = parseErrorBody(await response.json().catch(() => null), response.status);
    throw new HttpError(body.message, response.status, body);
  }
  try {
    const blob = await readBody(response, onProgress);
    return { blob, filename: filenameOf(response.headers.get('Content-Disposition')) ?? fallbackName };
  } catch (error) {
    if ((error as Error)?.name === 'AbortError') throw error;
    // The connection broke off halfway.
    throw networkError();
  }
}
