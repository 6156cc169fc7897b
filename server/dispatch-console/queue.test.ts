/**
 * The dispatcher's queue over HTTP: approved letters grouped by the channel routing chooses, with
 * estimates; budgets set by a coordinator (audited) pushing letters to their fallback and warning
 * as they run out; and who may see or change what.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleTestApp, seedApprovedLetter, seedRealFacility, type ConsoleTestApp } from './fixtures';

type Group = {
  channel: string | null;
  count: number;
  totals: { currency: string; minor: number }[];
  unpriced: number;
  letters: Letter[];
};
type Letter = {
  id: string;
  channel: string | null;
  estimate: { totalMinor: number; units: number } | null;
  warnings: { code: string }[];
  dative: { text: string };
};
type Budget = {
  channel: string;
  level: string;
  remainingMinor: number | null;
  spentMinor: number;
  queuedMinor: number;
  warning: string | null;
};
type QueueBody = { groups: Group[]; budgets: Budget[]; inProgress: Letter[] };

let app: ConsoleTestApp;
const ids: Record<string, string> = {};
const VLADIMIR_IK2 = 'ФКУ ИК-2 УФСИН России по Владимирской области';
const KARELIA_IK7 = 'ФКУ ИК-7 УФСИН России по Республике Карелия';
const VLADIMIR_IK6 = 'ФКУ ИК-6 УФСИН России по Владимирской области';

beforeAll(async () => {
  app = await createConsoleTestApp();
  const { db } = app.t.runtime;
  const fsin = await seedRealFacility(db, VLADIMIR_IK2, [
    { channel: 'fsin_pismo', serviceName: 'ФКУ ИК-2 г. Покров', serviceRegion: 'Владимирская область' },
  ]);
  const zt = await seedRealFacility(db, KARELIA_IK7, [{ channel: 'zonatelecom', priceMinor: 3000 }]);
  const postOnly = await seedRealFacility(db, VLADIMIR_IK6);
  // Oldest first: the order routing spends budgets in.
  ids.fsin1 = (await seedApprovedLetter(db, { facilityId: fsin.id })).letter.id;
  ids.fsin2 = (await seedApprovedLetter(db, { facilityId: fsin.id })).letter.id;
  ids.zt = (await seedApprovedLetter(db, { facilityId: zt.id })).letter.id;
  ids.post = (await seedApprovedLetter(db, { facilityId: postOnly.id })).letter.id;
  ids.none = (await seedApprovedLetter(db, { facilityId: null })).letter.id;
}, 180_000);
afterAll(() => app?.t.close());

const queue = async () =>
  (await app.as<QueueBody>('dispatcher', 'GET', '/api/volunteer/dispatch/queue')).body;
const group = (q: QueueBody, channel: string | null) => q.groups.find((g) => g.channel === channel);
const lettersOf = (q: QueueBody, channel: string | null) =>
  group(q, channel)
    ?.letters.map((l) => l.id)
    .sort() ?? [];

describe('dispatch queue', () => {
  it('groups approved letters by the cheapest usable channel, with estimates', async () => {
    const q = await queue();
    expect(q.groups.map((g) => g.channel)).toEqual(['fsin_pismo', 'zonatelecom', 'post', null]);
    expect(lettersOf(q, 'fsin_pismo')).toEqual([ids.fsin1, ids.fsin2].sort());
    // One page (the sample is under 2,500 characters) at 55 ₽ and a reply blank at 55 ₽, each.
    expect(group(q, 'fsin_pismo')!.totals).toEqual([{ currency: 'RUB', minor: 2 * 11000 }]);
    expect(lettersOf(q, 'zonatelecom')).toEqual([ids.zt]);
    expect(group(q, 'zonatelecom')!.letters[0]!.estimate).toMatchObject({ units: 1, totalMinor: 3000 });
    // The post has no price until the operator sets one: routed, but unpriced.
    expect(lettersOf(q, 'post')).toEqual([ids.post]);
    expect(group(q, 'post')!.unpriced).toBe(1);
    expect(lettersOf(q, null)).toEqual([ids.none]);
    expect(group(q, null)!.letters[0]!.warnings.map((w) => w.code)).toContain('no_facility');
    expect(group(q, 'fsin_pismo')!.letters[0]!.dative.text).toBe('Иванову Ивану Ивановичу, 1990 г.р.');
    expect(q.budgets.every((b) => b.level === 'none')).toBe(true);
  });

  it('sends letters past a monthly budget to their fallback and warns as it runs out', async () => {
    const set = await app.as('coordinator', 'PUT', '/api/volunteer/dispatch/budgets/fsin_pismo', {
      monthlyBudgetMinor: 15000,
    });
    expect(set.status).toBe(200);
    let q = await queue();
    // 110 ₽ fits in 150 ₽; the second letter would overrun it and goes by post instead.
    expect(lettersOf(q, 'fsin_pismo')).toEqual([ids.fsin1]);
    expect(lettersOf(q, 'post')).toEqual([ids.fsin2, ids.post].sort());
    const fsin = q.budgets.find((b) => b.channel === 'fsin_pismo')!;
    expect(fsin).toMatchObject({ level: 'ok', remainingMinor: 15000, queuedMinor: 11000, spentMinor: 0 });
    expect(fsin.warning).toBeNull();

    await app.as('coordinator', 'PUT', '/api/volunteer/dispatch/budgets/fsin_pismo', {
      monthlyBudgetMinor: 12000,
    });
    q = await queue();
    // 10 ₽ would be left of 120 ₽ after the queue: under 10 %.
    expect(q.budgets.find((b) => b.channel === 'fsin_pismo')!.warning).toMatch(
      /leaves 10\.00 RUB of 120\.00 RUB/,
    );

    // Spend it: one letter sent at its price.
    const card = await app.as<{ attempt: { id: string } }>(
      'dispatcher',
      'GET',
      `/api/volunteer/dispatch/letters/${ids.fsin1}/card`,
    );
    expect(card.status).toBe(200);
    const sent = await app.as('dispatcher', 'POST', `/api/volunteer/dispatch/letters/${ids.fsin1}/complete`, {
      externalRef: 'FP-2025-000101',
      costMinor: 11000,
    });
    expect(sent.status).toBe(200);
    q = await queue();
    const low = q.budgets.find((b) => b.channel === 'fsin_pismo')!;
    expect(low).toMatchObject({ level: 'low', spentMinor: 11000, remainingMinor: 1000 });
    expect(low.warning).toMatch(/10\.00 RUB left of 120\.00 RUB/);
    expect(lettersOf(q, 'fsin_pismo')).toEqual([]);

    await app.as('coordinator', 'PUT', '/api/volunteer/dispatch/budgets/fsin_pismo', {
      monthlyBudgetMinor: 11000,
    });
    q = await queue();
    expect(q.budgets.find((b) => b.channel === 'fsin_pismo')!.level).toBe('exhausted');
  });

  it('records every budget and price change in the audit log', async () => {
    await app.as('admin', 'PUT', '/api/volunteer/dispatch/budgets/zonatelecom', {
      unitPriceMinor: 2500,
      replyBlankMinor: 0,
    });
    const audit = await app.as<{
      items: { action: string; subjectId: string; actorId: string; data: { to: unknown } }[];
    }>('admin', 'GET', '/api/admin/audit?action=settings.update');
    const changes = audit.body.items.filter((i) => i.action === 'settings.update');
    expect(changes.filter((c) => c.subjectId === 'channel_budgets')).toHaveLength(3);
    expect(changes.find((c) => c.subjectId === 'channel_budgets')!.actorId).toBe(app.userIds.coordinator);
    expect(changes.find((c) => c.subjectId === 'channel_prices')!.data.to).toEqual({
      zonatelecom: { unitPriceMinor: 2500, replyBlankMinor: 0 },
    });
    const channels = await app.as<{ channels: { channel: string; unitPriceMinor: number | null }[] }>(
      'dispatcher',
      'GET',
      '/api/volunteer/dispatch/budgets',
    );
    expect(channels.body.channels.find((c) => c.channel === 'zonatelecom')!.unitPriceMinor).toBe(2500);
  });

  it('lets dispatchers work the queue and coordinators and admins set budgets, and nobody else', async () => {
    const status = async (
      caller: Parameters<ConsoleTestApp['as']>[0],
      method: string,
      url: string,
      body?: unknown,
    ) => (await app.as(caller, method, url, body)).status;
    expect(await status('anonymous', 'GET', '/api/volunteer/dispatch/queue')).toBe(401);
    expect(await status('translator', 'GET', '/api/volunteer/dispatch/queue')).toBe(403);
    expect(await status('coordinator', 'GET', '/api/volunteer/dispatch/queue')).toBe(403);
    expect(await status('coordinator', 'GET', '/api/volunteer/dispatch/budgets')).toBe(200);
    expect(await status('translator', 'GET', '/api/volunteer/dispatch/budgets')).toBe(403);
    const budget = { monthlyBudgetMinor: 1 };
    expect(await status('dispatcher', 'PUT', '/api/volunteer/dispatch/budgets/post', budget)).toBe(403);
    expect(await status('translator', 'PUT', '/api/volunteer/dispatch/budgets/post', budget)).toBe(403);
    expect(
      await status('coordinator', 'PUT', '/api/volunteer/dispatch/budgets/post', { monthlyBudgetMinor: -5 }),
    ).toBe(400);
    expect(await status('translator', 'GET', `/api/volunteer/dispatch/letters/${ids.zt}/card`)).toBe(403);
    // Nothing changed for the refused callers: the letter still waits.
    expect(lettersOf(await queue(), 'zonatelecom')).toEqual([ids.zt]);
  });
});
