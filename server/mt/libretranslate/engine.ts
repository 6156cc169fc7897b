/**
 * LibreTranslate (self-hosted): `POST /translate` with `{q, source, target, format, api_key}`
 * answering `{translatedText}`, and `GET /languages`. Off unless the operator configures it,
 * because letters then leave the server.
 */
import { z } from 'zod';
import { MtError, type Draft, type MtEngine } from '../engine';
import { requestJson } from '../http';

/** Options for {@link createLibreTranslateEngine}. */
export interface LibreTranslateOptions {
  /** Base URL of the instance, e.g. http://localhost:5000. */
  url: string;
  apiKey?: string;
  timeoutMs?: number;
}

const translateResponse = z.object({ translatedText: z.union([z.string(), z.array(z.string())]) });
const languagesResponse = z.array(
  z.object({ code: z.string(), name: z.string(), targets: z.array(z.string()).optional() }),
);

/** A LibreTranslate engine. */
export function createLibreTranslateEngine(options: LibreTranslateOptions): MtEngine {
  const base = options.url.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 30_000;
  let pairs: Set<string> | undefined;

  async function languages(): Promise<z.infer<typeof languagesResponse>> {
    const list = await requestJson(
      'libretranslate',
      { method: 'GET', url: `${base}/languages`, timeoutMs },
      languagesResponse,
    );
    pairs = new Set(list.flatMap((l) => (l.targets ?? list.map((t) => t.code)).map((t) => `${l.code}>${t}`)));
    return list;
  }

  return {
    id: 'libretranslate',
    // Until /languages was read, any pair is worth a try; afterwards only the advertised ones.
    supports: (from, to) => from !== to && (pairs ? pairs.has(`${from}>${to}`) : true),
    translate: async (segments, from, to) => {
      if (segments.length === 0) return [];
      const body = {
        q: segments.map((s) => s.text),
        source: from,
        target: to,
        format: 'text',
        ...(options.apiKey ? { api_key: options.apiKey } : {}),
      };
      const answer = await requestJson(
        'libretranslate',
        {
          method: 'POST',
          url: `${base}/translate`,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          timeoutMs,
        },
        translateResponse,
      );
      const texts = Array.isArray(answer.translatedText) ? answer.translatedText : [answer.translatedText];
      if (texts.length !== segments.length) {
        throw new MtError(
          'libretranslate',
          'bad_response',
          `LibreTranslate returned ${texts.length} translations for ${segments.length} segments`,
        );
      }
      return segments.map((s, i): Draft => ({
        index: s.index,
        text: texts[i] ?? '',
        engine: 'libretranslate',
        score: null,
      }));
    },
    health: async () => {
      try {
        const list = await languages();
        return {
          engine: 'libretranslate',
          ok: true,
          detail: `${base}: ${list.map((l) => l.code).join(', ')}`,
        };
      } catch (error) {
        return { engine: 'libretranslate', ok: false, detail: (error as Error).message };
      }
    },
  };
}
