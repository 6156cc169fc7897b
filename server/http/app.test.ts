import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { buildPrisoner } from '../../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/health', () => {
  it('reports the database and the queue', async () => {
    const res = await t.call('GET', '/api/health');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; database: { ok: boolean }; queue: { ok: boolean } };
    expect(body).toMatchObject({ status: 'ok', database: { ok: true }, queue: { ok: true } });
  });
});

describe('GET /api/openapi.json', () => {
  it('documents every route', async () => {
    const res = await t.call('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/health', '/letters', '/letters/confirm']),
    );
  });
});

describe('errors', () => {
  it('answers malformed JSON with a 400 and a stable code', async () => {
    const res = await t.call('POST', '/api/letters', '{"prisonerId": ');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'malformed_json' } });
  });

  it('rejects unknown fields', async () => {
    const prisoner = await buildPrisoner(t.runtime.db);
    const res = await t.call('POST', '/api/letters', {
      prisonerId: prisoner.id,
      email: 'a@example.org',
      language: 'en',
      body: 'Hello, this is a letter that is long enough.',
      isAdmin: true,
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: { code: string; details: { path: string; message: string }[] };
    };
    expect(body.error.code).toBe('validation_failed');
    expect(JSON.stringify(body.error.details)).toContain('isAdmin');
  });

  it('refuses bodies over the limit with a 413', async () => {
    const res = await t.call('POST', '/api/letters', { body: 'x'.repeat(100_000) });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await t.call('GET', '/api/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'route_not_found' } });
  });

  it('never sends a stack trace', async () => {
    const res = await t.call('POST', '/api/letters/confirm', { token: 'x'.repeat(40) });
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(text).not.toMatch(/at .*\.ts:\d+/);
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'token_invalid' } });
  });
});

describe('security headers', () => {
  it('sets a strict CSP and friends on every response', async () => {
    for (const url of ['/api/health', '/api/nothing-here']) {
      const res = await t.call('GET', url);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    }
  });
});

describe('with the web app', () => {
  it('serves the shell for client routes and JSON 404s for unknown API paths', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { createApp } = await import('./app');
    const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-web-'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Letterbridge</title>');
    const app = createApp(t.runtime, { webDir });
    const page = await app.request('/prisoners/some-person');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Letterbridge</title>');
    const api = await app.request('/api/no-such-endpoint');
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: 'route_not_found' } });
    fs.rmSync(webDir, { recursive: true });
  });
});
