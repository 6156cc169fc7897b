import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MtError } from '../engine';
import { createLibreTranslateEngine } from './engine';

/**
 * A local server speaking LibreTranslate's documented API (https://libretranslate.com/docs):
 * POST /translate accepts JSON or form data {q, source, target, format, api_key}, q a string or
 * a list; answers {translatedText} (a list for a list), or {error} with 400, 403 or 429.
 */
const KEY = 'secret-key';
const DICTIONARY: Record<string, string> = {
  'Stay strong!': 'Держитесь!',
  'We think of you.': 'Мы думаем о Вас.',
};
const received: Record<string, unknown>[] = [];
let rateLimited = false;

const server = http.createServer((req, res) => {
  const reply = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  let raw = '';
  req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
  req.on('end', () => {
    if (req.method === 'GET' && req.url === '/languages') {
      return reply(200, [
        { code: 'en', name: 'English', targets: ['ru', 'de'] },
        { code: 'ru', name: 'Russian', targets: ['en'] },
      ]);
    }
    if (req.method !== 'POST' || req.url !== '/translate') return reply(404, { error: 'Not found' });
    const body = (
      req.headers['content-type']?.startsWith('application/json')
        ? JSON.parse(raw)
        : Object.fromEntries(new URLSearchParams(raw))
    ) as Record<string, unknown>;
    received.push(body);
    if (body.api_key !== KEY) return reply(403, { error: 'Invalid API key' });
    if (rateLimited) return reply(429, { error: 'Too many request limits violations' });
    if (body.source !== 'en' || body.target !== 'ru')
      return reply(400, { error: `${String(body.target)} is not supported` });
    const translate = (q: string) => DICTIONARY[q] ?? `[ru] ${q}`;
    const q = body.q as string | string[];
    return reply(200, { translatedText: Array.isArray(q) ? q.map(translate) : translate(q) });
  });
});

let url = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('LibreTranslate engine (contract)', () => {
  it('sends all segments in one request with the documented fields and maps the answers back', async () => {
    const engine = createLibreTranslateEngine({ url: `${url}/`, apiKey: KEY });
    const drafts = await engine.translate(
      [
        { index: 4, text: 'Stay strong!' },
        { index: 7, text: 'We think of you.' },
      ],
      'en',
      'ru',
    );
    expect(received.at(-1)).toEqual({
      q: ['Stay strong!', 'We think of you.'],
      source: 'en',
      target: 'ru',
      format: 'text',
      api_key: KEY,
    });
    expect(drafts).toEqual([
      { index: 4, text: 'Держитесь!', engine: 'libretranslate', score: null },
      { index: 7, text: 'Мы думаем о Вас.', engine: 'libretranslate', score: null },
    ]);
  });

  it('maps 403 to bad_key, 429 to rate_limited and 400 to failed', async () => {
    const segments = [{ index: 0, text: 'Stay strong!' }];
    const code = (p: Promise<unknown>) =>
      p.then(
        () => 'ok',
        (e: unknown) => (e instanceof MtError ? e.code : 'other'),
      );
    expect(
      await code(createLibreTranslateEngine({ url, apiKey: 'wrong' }).translate(segments, 'en', 'ru')),
    ).toBe('bad_key');
    rateLimited = true;
    expect(await code(createLibreTranslateEngine({ url, apiKey: KEY }).translate(segments, 'en', 'ru'))).toBe(
      'rate_limited',
    );
    rateLimited = false;
    const unsupported = createLibreTranslateEngine({ url, apiKey: KEY }).translate(segments, 'en', 'uk');
    await expect(unsupported).rejects.toMatchObject({
      code: 'failed',
      message: expect.stringContaining('uk is not supported') as string,
    });
  });

  it('learns the supported pairs from /languages and reports an unreachable server as unavailable', async () => {
    const engine = createLibreTranslateEngine({ url, apiKey: KEY });
    expect(engine.supports('en', 'uk')).toBe(true);
    expect(await engine.health()).toEqual({ engine: 'libretranslate', ok: true, detail: `${url}: en, ru` });
    expect(engine.supports('en', 'ru')).toBe(true);
    expect(engine.supports('en', 'uk')).toBe(false);
    const down = createLibreTranslateEngine({ url: 'http://127.0.0.1:9', timeoutMs: 2000 });
    expect(await down.health()).toMatchObject({ ok: false });
    await expect(down.translate([{ index: 0, text: 'x' }], 'en', 'ru')).rejects.toMatchObject({
      code: 'unavailable',
    });
  });
});
