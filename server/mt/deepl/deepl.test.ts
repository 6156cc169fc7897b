import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MtError } from '../engine';
import { createDeepLEngine, deeplBaseUrl, deeplTarget } from './engine';

/**
 * A local server speaking DeepL's documented API (https://developers.deepl.com/docs): requests
 * authenticate with `Authorization: DeepL-Auth-Key KEY` (403 otherwise); POST /v2/translate takes
 * JSON or form data with `text` (a list), `source_lang`, upper-case `target_lang` ("EN" alone is
 * no longer accepted as a target), answers {translations: [{detected_source_language, text}]};
 * 456 when the quota is used up, 429 when there are too many requests; GET /v2/usage.
 */
const KEYS = { good: 'good-key:fx', quota: 'quota-key:fx', busy: 'busy-key:fx' };
const received: { headers: http.IncomingHttpHeaders; body: Record<string, unknown> }[] = [];

const server = http.createServer((req, res) => {
  const reply = (status: number, body?: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };
  let raw = '';
  req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
  req.on('end', () => {
    const key = /^DeepL-Auth-Key (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!key || !Object.values(KEYS).includes(key)) return reply(403, { message: 'Forbidden' });
    if (key === KEYS.quota) return reply(456, { message: 'Quota exceeded' });
    if (key === KEYS.busy) return reply(429, { message: 'Too many requests' });
    if (req.method === 'GET' && req.url === '/v2/usage')
      return reply(200, { character_count: 1200, character_limit: 500000 });
    if (req.method !== 'POST' || req.url !== '/v2/translate') return reply(404, { message: 'Not found' });
    const body: Record<string, unknown> = req.headers['content-type']?.startsWith('application/json')
      ? (JSON.parse(raw) as Record<string, unknown>)
      : { ...Object.fromEntries(new URLSearchParams(raw)), text: new URLSearchParams(raw).getAll('text') };
    received.push({ headers: req.headers, body });
    const target = String(body.target_lang);
    if (target !== target.toUpperCase() || target === 'EN') {
      return reply(400, { message: "Value for 'target_lang' not supported." });
    }
    const texts = body.text as string[];
    return reply(200, {
      translations: texts.map((t) => ({
        detected_source_language: typeof body.source_lang === 'string' ? body.source_lang : 'EN',
        text: `<${target}> ${t}`,
      })),
    });
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

describe('DeepL engine (contract)', () => {
  it('authenticates with the header, sends upper-case languages and a text list, maps answers back', async () => {
    const engine = createDeepLEngine({ apiKey: KEYS.good, url });
    const drafts = await engine.translate(
      [
        { index: 2, text: 'Stay strong!' },
        { index: 3, text: 'Happy birthday!' },
      ],
      'en',
      'ru',
    );
    const last = received.at(-1);
    expect(last?.headers.authorization).toBe(`DeepL-Auth-Key ${KEYS.good}`);
    expect(last?.body).toEqual({
      text: ['Stay strong!', 'Happy birthday!'],
      source_lang: 'EN',
      target_lang: 'RU',
      formality: 'prefer_more',
    });
    expect(drafts).toEqual([
      { index: 2, text: '<RU> Stay strong!', engine: 'deepl', score: null },
      { index: 3, text: '<RU> Happy birthday!', engine: 'deepl', score: null },
    ]);
  });

  it('asks for British English when translating a reply into English', async () => {
    const [draft] = await createDeepLEngine({ apiKey: KEYS.good, url }).translate(
      [{ index: 0, text: 'Привет' }],
      'ru',
      'en',
    );
    expect(draft?.text).toBe('<EN-GB> Привет');
    expect(received.at(-1)?.body).not.toHaveProperty('formality');
  });

  it('maps 403 to bad_key, 456 to quota_exceeded and 429 to rate_limited', async () => {
    const code = async (apiKey: string) =>
      createDeepLEngine({ apiKey, url })
        .translate([{ index: 0, text: 'x' }], 'en', 'ru')
        .then(
          () => 'ok',
          (e: unknown) => (e instanceof MtError ? e.code : 'other'),
        );
    expect(await code('wrong-key')).toBe('bad_key');
    expect(await code(KEYS.quota)).toBe('quota_exceeded');
    expect(await code(KEYS.busy)).toBe('rate_limited');
  });

  it('reports usage as health, and a bad key as unhealthy', async () => {
    expect(await createDeepLEngine({ apiKey: KEYS.good, url }).health()).toEqual({
      engine: 'deepl',
      ok: true,
      detail: '1200 of 500000 characters used this period',
    });
    expect(await createDeepLEngine({ apiKey: 'wrong', url }).health()).toMatchObject({ ok: false });
  });

  it('knows its languages and endpoints', () => {
    const engine = createDeepLEngine({ apiKey: KEYS.good, url });
    expect(engine.supports('uk', 'ru')).toBe(true);
    expect(engine.supports('be', 'ru')).toBe(false);
    expect(deeplTarget('en')).toBe('EN-GB');
    expect(deeplBaseUrl('abc:fx')).toBe('https://api-free.deepl.com');
    expect(deeplBaseUrl('abc')).toBe('https://api.deepl.com');
  });
});
