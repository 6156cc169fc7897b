import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { buildLetter, buildPrisoner, buildWriter } from '../../../test/factories';
import { buildVolunteer, volunteerCookie } from '../../../test/volunteers';
import { queryAudit } from '../../audit/query';
import {
  letterEvents,
  letters,
  translationMemory,
  translationMemorySightings,
  translations,
  writers,
} from '../../db/schema';
import type { ModerationView } from '../../moderation/view';

const CLEAN_EN = 'Dear Rinat,\n\nI am a teacher from Lyon. I think of you often.\n\nClaire';
const CLEAN_RU = 'Дорогой Ринат,\n\nЯ учительница из Лиона. Я часто думаю о вас.\n\nКлер';

let t: TestApp;
let moderator: { id: string; cookie: string };
let other: { id: string; cookie: string };
let translatorId: string;
let prisonerId: string;

async function volunteer(roles: string[]) {
  const v = await buildVolunteer(t.runtime.db, {
    roles,
    languagePairs: roles.includes('translator') ? ['en-ru'] : [],
  });
  return { id: v.id, cookie: await volunteerCookie(t.runtime.db, t.runtime.config, v.id) };
}

/** A letter in review with a submitted translation. */
async function inReview(
  body: string,
  russian: string,
  options: { writerId?: string; translator?: string } = {},
) {
  const { db } = t.runtime;
  const letter = await buildLetter(db, {
    prisonerId,
    status: 'reviewing',
    body,
    ...(options.writerId ? { writerId: options.writerId } : {}),
  });
  await db.insert(translations).values({
    letterId: letter.id,
    direction: 'to_ru',
    sourceLanguage: 'en',
    targetLanguage: 'ru',
    text: russian,
    status: 'submitted',
    translatorId: options.translator ?? translatorId,
  });
  return letter;
}

const statusOf = async (id: string) =>
  (await t.runtime.db.select({ s: letters.status }).from(letters).where(eq(letters.id, id)))[0]!.s;

beforeAll(async () => {
  t = await createTestApp();
  const prisoner = await buildPrisoner(t.runtime.db, {
    surname: 'Галиев',
    givenName: 'Ринат',
    patronymic: 'Ильдарович',
    fullName: 'Галиев Ринат Ильдарович',
  });
  prisonerId = prisoner.id;
  moderator = await volunteer(['moderator']);
  other = await volunteer(['moderator']);
  translatorId = (await volunteer(['translator'])).id;
});
afterAll(() => t.close());

describe('moderation', () => {
  it('shows both texts with paragraphs, flags with notes and writer messages, and signals', async () => {
    const { db } = t.runtime;
    const writer = await buildWriter(db);
    await db.update(writers).set({ uiLanguage: 'de' }).where(eq(writers.id, writer.id));
    const body = 'Hello Rinat!\n\nI hope the war ends soon and you come home.';
    const letter = await inReview(body, 'Привет, Ринат!\n\nНадеюсь, война скоро закончится.', {
      writerId: writer.id,
    });
    // The same text to three other prisoners from another sender: a campaign.
    for (let i = 0; i < 3; i++) await buildLetter(db, { body });
    const res = await t.call('GET', `/api/volunteer/moderation/letters/${letter.id}`, undefined, {
      cookie: moderator.cookie,
    });
    expect(res.status).toBe(200);
    const view = (await res.json()) as ModerationView;
    expect(view.original!.paragraphs).toHaveLength(2);
    expect(view.russian!.paragraphs).toHaveLength(2);
    const source = view.flags.source.find((f) => f.category === 'war')!;
    expect(body.slice(source.start, source.end)).toBe('war');
    expect(source.severity).toBe('block');
    expect(source.message).toMatch(/Krieg/);
    expect(source.note.length).toBeGreaterThan(10);
    const russian = view.flags.translation.find((f) => f.category === 'war')!;
    expect(view.russian!.text.slice(russian.start, russian.end)).toBe('война');
    expect(view.signals.sameText).toEqual({ letters: 3, prisoners: 3, writers: 3 });
    expect(view.badges).toEqual(['campaign']);
    expect(view.reasons.changes.find((r) => r.id === 'war')!.text).toMatch(/^Bitte lassen Sie Krieg/);
  });

  it('approves: the translation is approved, its sentence pairs remembered once two writers wrote them, the decision audited', async () => {
    const { db } = t.runtime;
    const approve = async (letterId: string) => {
      const res = await t.call(
        'POST',
        `/api/volunteer/moderation/letters/${letterId}/decision`,
        { decision: 'approve' },
        { cookie: moderator.cookie },
      );
      expect(await res.json()).toEqual({ status: 'approved' });
      const [translation] = await db.select().from(translations).where(eq(translations.letterId, letterId));
      expect(translation!.status).toBe('approved');
      return translation!.id;
    };
    const rememberedFrom = (translationId: string) =>
      db
        .select({ source: translationMemory.sourceText, target: translationMemory.targetText })
        .from(translationMemory)
        .where(eq(translationMemory.translationId, translationId));
    const letter = await inReview(CLEAN_EN, CLEAN_RU);
    const first = await approve(letter.id);
    expect(await statusOf(letter.id)).toBe('approved');
    // One writer's sentences wait as sightings (hashes, no text) for a second writer.
    expect(await rememberedFrom(first)).toEqual([]);
    const sightings = await db
      .select()
      .from(translationMemorySightings)
      .where(eq(translationMemorySightings.translationId, first));
    expect(sightings).toHaveLength(4);
    const second = await approve((await inReview(CLEAN_EN, CLEAN_RU)).id);
    const remembered = await rememberedFrom(second);
    expect(remembered).toContainEqual({ source: 'I think of you often.', target: 'Я часто думаю о вас.' });
    expect(remembered).toHaveLength(4);
    const audit = await queryAudit(db, { subjectId: letter.id, limit: 5 });
    expect(audit[0]).toMatchObject({
      action: 'letter.approve',
      actorId: moderator.id,
      data: { flags: { block: 0 } },
    });
  });

  it('asks for changes in the writer’s language: reasons, flagged passages, free text', async () => {
    const { db } = t.runtime;
    const writer = await buildWriter(db);
    await db.update(writers).set({ uiLanguage: 'de' }).where(eq(writers.id, writer.id));
    const body = 'Hello Rinat!\n\nI hope the war ends soon.';
    const letter = await inReview(body, 'Привет, Ринат!\n\nНадеюсь, война скоро закончится.', {
      writerId: writer.id,
    });
    const res = await t.call(
      'POST',
      `/api/volunteer/moderation/letters/${letter.id}/decision`,
      {
        decision: 'changes',
        reasons: ['war'],
        flagRuleIds: ['war.en.war'],
        message: 'Schreiben Sie gern über Bücher!',
      },
      { cookie: moderator.cookie },
    );
    expect(await res.json()).toEqual({ status: 'changes_requested' });
    const [event] = await db
      .select()
      .from(letterEvents)
      .where(sql`${letterEvents.letterId} = ${letter.id} AND ${letterEvents.name} = 'requestChanges'`);
    expect(event!.reason!.split('\n\n')).toEqual([
      expect.stringMatching(/^Bitte lassen Sie Krieg, Armee und Mobilmachung weg/),
      expect.stringMatching(/^«war»: Der Zensor/),
      'Schreiben Sie gern über Bücher!',
    ]);
    expect(event!.data).toEqual({ reasons: ['war'], flags: ['war.en.war'] });
  });

  it('refuses kindly, and refuses decisions without a reason or with an unknown one', async () => {
    const letter = await inReview('You are a stupid traitor and I hope you rot.', 'Вы глупый предатель.');
    const url = `/api/volunteer/moderation/letters/${letter.id}/decision`;
    const empty = await t.call(
      'POST',
      url,
      { decision: 'reject', reasons: [] },
      { cookie: moderator.cookie },
    );
    expect(((await empty.json()) as { error: { code: string } }).error.code).toBe('reason_required');
    const unknown = await t.call(
      'POST',
      url,
      { decision: 'reject', reasons: ['war'] },
      { cookie: moderator.cookie },
    );
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('unknown_reason');
    const res = await t.call(
      'POST',
      url,
      { decision: 'reject', reasons: ['abuse'] },
      { cookie: moderator.cookie },
    );
    expect(await res.json()).toEqual({ status: 'rejected' });
  });

  it('will not let a moderator approve their own translation, nor act on a letter another holds', async () => {
    const both = await volunteer(['translator', 'moderator']);
    const own = await inReview(CLEAN_EN, CLEAN_RU, { translator: both.id });
    const url = `/api/volunteer/moderation/letters/${own.id}/decision`;
    const refused = await t.call('POST', url, { decision: 'approve' }, { cookie: both.cookie });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('own_work');
    await t.call('POST', `/api/volunteer/items/letter/${own.id}/take`, undefined, { cookie: other.cookie });
    const taken = await t.call('POST', url, { decision: 'approve' }, { cookie: moderator.cookie });
    expect(taken.status).toBe(409);
    expect(await statusOf(own.id)).toBe('reviewing');
  });
});

describe('fast approval', () => {
  it('lists only letters with nothing above info, and approves those that still qualify', async () => {
    const { db } = t.runtime;
    const calm = await inReview(CLEAN_EN, CLEAN_RU);
    const cake = await inReview('I baked a chocolate cake.', 'Я испекла шоколадный торт.');
    const war = await inReview('I hope the war ends.', 'Надеюсь, война закончится.');
    const blockedWriter = await buildWriter(db);
    await db.update(writers).set({ blockedAt: new Date() }).where(eq(writers.id, blockedWriter.id));
    const blocked = await inReview(CLEAN_EN, CLEAN_RU, { writerId: blockedWriter.id });

    const list = (await (
      await t.call('GET', '/api/volunteer/moderation/fast-approve', undefined, { cookie: moderator.cookie })
    ).json()) as { letters: { id: string; infoFlags: number }[] };
    const ids = list.letters.map((l) => l.id);
    expect(ids).toEqual(expect.arrayContaining([calm.id, cake.id]));
    expect(ids).not.toContain(war.id);
    expect(ids).not.toContain(blocked.id);
    expect(list.letters.find((l) => l.id === cake.id)!.infoFlags).toBeGreaterThan(0);

    const res = await t.call(
      'POST',
      '/api/volunteer/moderation/fast-approve',
      { letterIds: [calm.id, cake.id, war.id, blocked.id] },
      { cookie: moderator.cookie },
    );
    const result = (await res.json()) as { approved: string[]; skipped: { id: string; code: string }[] };
    expect(result.approved.sort()).toEqual([calm.id, cake.id].sort());
    expect(result.skipped).toEqual([
      { id: war.id, code: 'flags_above_info' },
      { id: blocked.id, code: 'writer_blocked' },
    ]);
    expect(await statusOf(war.id)).toBe('reviewing');
    const [event] = await db
      .select({ data: letterEvents.data })
      .from(letterEvents)
      .where(sql`${letterEvents.letterId} = ${cake.id} AND ${letterEvents.name} = 'approve'`);
    expect(event!.data).toMatchObject({ fastApproved: true });
  });
});
