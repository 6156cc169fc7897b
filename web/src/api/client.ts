/**
 * The typed fetch client: JSON in and out, the anti-forgery header on every state-changing call,
 * and errors as `ApiError` carrying the server's stable `{error:{code,message}}`.
 */
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../../../shared/csrf';

/** An error answer of the API (or a network failure, code `network`). */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The server's `details`: for `validation_failed`, `[{ path, message }]` per refused field. */
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** Options of one call. */
export interface CallOptions {
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** Calls `path` under /api and returns the parsed JSON (undefined for an empty body). */
export async function api<T>(method: string, path: string, options: CallOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (method !== 'GET') headers[CSRF_HEADER] = CSRF_HEADER_VALUE;
  // A FormData body (file uploads) sets its own multipart content type with the boundary.
  const form = options.body instanceof FormData ? options.body : undefined;
  if (options.body !== undefined && !form) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method,
      headers,
      body: form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      credentials: 'same-origin',
      signal: options.signal ?? null,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'network', 'The server could not be reached.');
  }
  const text = await res.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string; details?: unknown } } | undefined)
      ?.error;
    throw new ApiError(
      res.status,
      err?.code ?? `http_${res.status}`,
      err?.message ?? res.statusText,
      err?.details,
    );
  }
  return data as T;
}

/** GET shorthand. */
export const get = <T>(path: string, signal?: AbortSignal) => api<T>('GET', path, signal ? { signal } : {});

/**
 * POSTs a multipart form (file uploads are larger than the JSON body limit) with the anti-forgery
 * header; the answer and errors as `api` gives them.
 */
export function postForm<T>(path: string, form: FormData): Promise<T> {
  return api<T>('POST', path, { body: form });
}
