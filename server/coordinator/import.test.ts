import fs from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../../shared/csrf';
import { createTestApp, type TestApp } from '../../test/app';
import { buildVolunteer, volunteerCookie } from '../../test/volunteers';
import { auditLog } from '../db/schema';
import { queryRow } from '../db/rows';

const OVDINFO = fs.readFileSync(
  path.resolve(import.meta.dirname, '../directory/importers/fixtures/ovdinfo-export.csv'),
  'utf8',
);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const upload = (cookie: string, dryRun: boolean) => {
  const form = new FormData();
  form.set('file', new File([OVDINFO], 'export.csv', { type: 'text/csv' }));
  form.set('format', 'ovdinfo-csv');
  form.set('dryRun', String(dryRun));
  return t.app.request('/api/coordinator/import/prisoners', {
    method: 'POST',
    body: form,
    headers: { cookie, [CSRF_HEADER]: CSRF_HEADER_VALUE },
  });
};
const prisonerCount = async () =>
  (await queryRow<{ n: number }>(t.runtime.db, sql`SELECT count(*)::int AS n FROM prisoners`))!.n;

describe('prisoner import from the dashboard', () => {
  it('shows the diff on a dry run without writing, then imports and audits the counts', async () => {
    const { db, config } = t.runtime;
    const coordinator = await buildVolunteer(db, { roles: ['coordinator'] });
    const cookie = await volunteerCookie(db, config, coordinator.id);
    const before = await prisonerCount();

    const dry = await upload(cookie, true);
    expect(dry.status).toBe(200);
    const preview = (await dry.json()) as {
      dryRun: boolean;
      inserted: number;
      changes: { action: string; fullName: string }[];
    };
    expect(preview.dryRun).toBe(true);
    expect(preview.inserted).toBeGreaterThan(0);
    expect(preview.changes.map((c) => c.fullName)).toContain('Мифтахов Ильдар Ильдусович');
    expect(await prisonerCount()).toBe(before);

    const real = (await (await upload(cookie, false)).json()) as { inserted: number };
    expect(real.inserted).toBe(preview.inserted);
    expect(await prisonerCount()).toBe(before + preview.inserted);
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, 'directory.import'));
    expect(audit!.data).toMatchObject({ inserted: preview.inserted });
    expect(JSON.stringify(audit!.data)).not.toContain('Мифтахов');
  });

  it('is for coordinators only', async () => {
    const { db, config } = t.runtime;
    const translator = await buildVolunteer(db, { roles: ['translator'] });
    expect((await upload(await volunteerCookie(db, config, translator.id), true)).status).toBe(403);
  });
});
