/**
 * DeepL API: `POST /v2/translate` (`Authorization: DeepL-Auth-Key KEY`, JSON `text[]`,
 * `source_lang`, `target_lang` in upper case) answering `{translations: [{detected_source_language,
 * text}]}`, and `GET /v2/usage`. Off unless the operator configures a key, because letters then
 * leave the server. Status 456 means the character quota is used up.
 */
import { z } from 'zod';
import { MtError, type Draft, type LanguageCode, type MtEngine } from '../engine';
import { requestJson } from '../http';

/** Options for {@link createDeepLEngine}. */
export interface DeepLOptions {
  apiKey: string;
  /** Default: api-free.deepl.com for keys ending in ":fx", else api.deepl.com. */
  url?: string;
  timeoutMs?: number;
}

/** Source languages DeepL documents (upper-cased ISO 639-1); no Belarusian. */
const SOURCE = new Set([
  'AR',
  'BG',
  'CS',
  'DA',
  'DE',
  'EL',
  'EN',
  'ES',
  'ET',
  'FI',
  'FR',
  'HU',
  'ID',
  'IT',
  'JA',
  'KO',
  'LT',
  'LV',
  'NB',
  'NL',
  'PL',
  'PT',
  'RO',
  'RU',
  'SK',
  'SL',
  'SV',
  'TR',
  'UK',
  'ZH',
]);

/** DeepL's target code: English and Portuguese need a variant. */
export function deeplTarget(language: LanguageCode): string {
  const code = language.toUpperCase();
  return code === 'EN' ? 'EN-GB' : code === 'PT' ? 'PT-PT' : code;
}

const translateResponse = z.object({
  translations: z.array(z.object({ detected_source_language: z.string().optional(), text: z.string() })),
});
const usageResponse = z.object({ character_count: z.number(), character_limit: z.number() });

/** The API base for a key. */
export function deeplBaseUrl(apiKey: string): string {
  return apiKey.endsWith(':fx') ? 'https://api-free.deepl.com' : 'https://api.deepl.com';
}

/** A DeepL engine. */
export function createDeepLEngine(options: DeepLOptions): MtEngine {
  const base = (options.url ?? deeplBaseUrl(options.apiKey)).replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 30_000;
  const headers = { authorization: `DeepL-Auth-Key ${options.apiKey}` };

  return {
    id: 'deepl',
    supports: (from, to) => from !== to && SOURCE.has(from.toUpperCase()) && SOURCE.has(to.toUpperCase()),
    translate: async (segments, from, to) => {
      if (segments.length === 0) return [];
      const body = {
        text: segments.map((s) => s.text),
        source_lang: from.toUpperCase(),
        target_lang: deeplTarget(to),
        // Letters to a stranger in prison: prefer the polite «Вы» where DeepL can choose.
        ...(to === 'ru' ? { formality: 'prefer_more' } : {}),
      };
      const answer = await requestJson(
        'deepl',
        {
          method: 'POST',
          url: `${base}/v2/translate`,
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(body),
          timeoutMs,
        },
        translateResponse,
      );
      if (answer.translations.length !== segments.length) {
        throw new MtError(
          'deepl',
          'bad_response',
          `DeepL returned ${answer.translations.length} translations for ${segments.length} segments`,
        );
      }
      return segments.map((s, i): Draft => ({
        index: s.index,
        text: answer.translations[i]?.text ?? '',
        engine: 'deepl',
        score: null,
      }));
    },
    health: async () => {
      try {
        const usage = await requestJson(
          'deepl',
          { method: 'GET', url: `${base}/v2/usage`, headers, timeoutMs },
          usageResponse,
        );
        const left = usage.character_limit - usage.character_count;
        return {
          engine: 'deepl',
          ok: left > 0,
          detail: `${usage.character_count} of ${usage.character_limit} characters used this period`,
        };
      } catch (error) {
        return { engine: 'deepl', ok: false, detail: (error as Error).message };
      }
    },
  };
}
