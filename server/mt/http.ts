/**
 * HTTP calls of the remote engines (LibreTranslate, DeepL): a timeout, status codes mapped to
 * stable error codes, and responses validated before use.
 */
import type { z } from 'zod';
import { MtError, type EngineId, type MtErrorCode } from './engine';

/** A request to a remote engine. */
export interface EngineRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

/** Maps an HTTP status to a stable error code (DeepL's 456 is its quota-exceeded status). */
export function statusCode(status: number): MtErrorCode {
  if (status === 401 || status === 403) return 'bad_key';
  if (status === 456) return 'quota_exceeded';
  if (status === 429) return 'rate_limited';
  return 'failed';
}

/** Sends `request` and parses the JSON answer with `schema`; failures become {@link MtError}s. */
export async function requestJson<T>(
  engine: EngineId,
  request: EngineRequest,
  schema: z.ZodType<T>,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(request.timeoutMs),
    });
  } catch (error) {
    throw new MtError(engine, 'unavailable', `${engine} did not answer (${(error as Error).message})`, {
      cause: error,
    });
  }
  const text = await response.text();
  if (!response.ok) {
    // Both services explain errors in JSON ({error} or {message}); keep it short for the log.
    const detail = /"(?:error|message)"\s*:\s*"([^"]{0,200})/.exec(text)?.[1] ?? text.slice(0, 200);
    throw new MtError(
      engine,
      statusCode(response.status),
      `${engine} answered ${response.status}: ${detail}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new MtError(engine, 'bad_response', `${engine} answered something that is not JSON`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new MtError(engine, 'bad_response', `${engine} answered in an unexpected shape`);
  return parsed.data;
}
