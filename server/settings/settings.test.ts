/**
 * Settings over HTTP as the admin screen uses them: the listing carries each setting's JSON Schema
 * (what the screen draws its fields from); object values — the routing policy, prices per channel,
 * budgets with "no limit", the return address — are saved whole, read back and audited; a wrong
 * part is refused naming its path; only admins may do either.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { buildVolunteer, volunteerCookie } from '../../test/volunteers';
import { auditLog } from '../db/schema';

type Listed = { key: string; value: unknown; schema: Record<string, unknown>; updatedAt: string | null };
type ErrorBody = { error: { code: string; message: string; details: { path: string; message: string }[] } };

let t: TestApp;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const { db, config } = t.runtime;
  for (const [name, role] of [
    ['root', 'admin'],
    ['coord', 'coordinator'],
  ] as const) {
    const v = await buildVolunteer(db, { roles: [role], displayName: name });
    cookies[name] = await volunteerCookie(db, config, v.id);
  }
});
afterAll(() => t.close());

const as = async <T>(who: string, method: string, url: string, body?: unknown) => {
  const res = await t.call(method, url, body, { cookie: cookies[who]! });
  return { status: res.status, body: (await res.json()) as T };
};
const list = async () =>
  new Map(
    (await as<{ settings: Listed[] }>('root', 'GET', '/api/admin/settings')).body.settings.map((s) => [
      s.key,
      s,
    ]),
  );
const put = (key: string, value: unknown) =>
  as<ErrorBody>('root', 'PUT', `/api/admin/settings/${key}`, { value });

describe('settings with object values', () => {
  it('lists every setting with the JSON Schema of its value', async () => {
    const settings = await list();
    expect(settings.get('claim_lease_minutes')!.schema).toEqual({
      type: 'integer',
      minimum: 5,
      maximum: 480,
    });
    expect(settings.get('dispatch_policy')!.schema).toMatchObject({
      type: 'object',
      required: ['order', 'strategy', 'replyBlank', 'rates'],
      properties: {
        order: { type: 'array', items: { enum: ['fsin_pismo', 'zonatelecom', 'post'] } },
        strategy: { enum: ['cheapest', 'preference'] },
        replyBlank: { type: 'boolean' },
      },
    });
    expect(settings.get('channel_prices')!.schema).toMatchObject({
      type: 'object',
      propertyNames: { enum: ['fsin_pismo', 'zonatelecom', 'post'] },
      additionalProperties: { type: 'object', properties: { unitChars: { minimum: 100 } } },
    });
    expect(settings.get('post_sender')!.schema).toMatchObject({
      anyOf: [{ type: 'object', required: ['name', 'lines', 'country'] }, { type: 'null' }],
    });
    expect(settings.get('post_sender')!.value).toBeNull();
  });

  it('saves object values whole, reads them back and audits old and new', async () => {
    const values = {
      dispatch_policy: {
        order: ['post', 'fsin_pismo'],
        strategy: 'preference',
        replyBlank: false,
        rates: { EUR: 100 },
      },
      channel_prices: {
        post: { unitPriceMinor: 180, replyBlankMinor: 180, currency: 'EUR' },
        zonatelecom: { unitPriceMinor: null },
      },
      channel_budgets: { fsin_pismo: 500_000, post: null },
      post_sender: { name: 'Letterbridge e.V.', lines: ['Postfach 12 34 56', '10115 Berlin'], country: 'DE' },
    };
    for (const [key, value] of Object.entries(values)) expect((await put(key, value)).status).toBe(200);
    const settings = await list();
    for (const [key, value] of Object.entries(values)) {
      expect(settings.get(key)!.value).toEqual(value);
      expect(settings.get(key)!.updatedAt).not.toBeNull();
    }
    const [audit] = await t.runtime.db
      .select({ data: auditLog.data })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'settings.update'), eq(auditLog.subjectId, 'post_sender')));
    expect(audit!.data).toEqual({ from: null, to: values.post_sender });
    expect((await put('post_sender', null)).status).toBe(200);
    expect((await list()).get('post_sender')!.value).toBeNull();
  });

  it('refuses a wrong part of a value, naming where it is, and keeps the old value', async () => {
    const res = await put('channel_prices', { post: { unitChars: 50 } });
    expect([res.status, res.body.error.code]).toEqual([400, 'invalid_setting']);
    expect(res.body.error.message).toMatch(/^post\.unitChars: /);
    expect(res.body.error.details[0]!.path).toBe('post.unitChars');
    const order = await put('dispatch_policy', {
      order: [],
      strategy: 'cheapest',
      replyBlank: true,
      rates: {},
    });
    expect(order.body.error.message).toMatch(/^order: /);
    expect((await list()).get('channel_prices')!.value).toMatchObject({ post: { unitPriceMinor: 180 } });
  });

  it('is for admins only', async () => {
    expect((await as('coord', 'GET', '/api/admin/settings')).status).toBe(403);
    expect((await as('coord', 'PUT', '/api/admin/settings/claim_lease_minutes', { value: 30 })).status).toBe(
      403,
    );
  });
});
