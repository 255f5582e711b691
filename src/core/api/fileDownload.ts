/** Downloads with the token in the Authorization header, never in the URL (history, logs, Referer). */
import { apiUrl } from './apiUrl';
import { HttpError, networkError, parseErrorBody, withAuthHeaders } from './httpClient';

export interface DownloadOptions {
  onProgress?: (loaded: number, total: number | null) => void;
  signal?: AbortSignal;
  fallbackName: string;
}

export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

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
    throw networkError();
  }
}
