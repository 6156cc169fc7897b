import { Writable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { buildLetter, testKeys } from '../../test/factories';
import { loadConfig } from '../config';
import {
  auditLog,
  letterEvents,
  letters,
  screenings,
  translationMemory,
  translationMemorySightings,
  translations,
} from '../db/schema';
import { createLogger } from '../log';
import { createMailer } from '../mail/mailer';
import { rememberFromLetter } from '../mt/memory/sightings';
import { purgeRetainedTextJob } from './job';
import { purgeAllRetainedText } from './purge';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600_000);
const SECRET_TEXT = 'Dear Ivan, my name is Claire and I live at 12 rue des Lilas.';

describe('retention purge', () => {
  it('erases text of letters final for longer than RETENTION_DAYS, keeps statistics, logs counts only', async () => {
    const { db } = database;
    const config = loadConfig({ NODE_ENV: 'test', RETENTION_DAYS: '90', DATA_DIR: '/tmp/lb-retention' });
    const old = await buildLetter(db, {
      status: 'delivered',
      body: SECRET_TEXT,
      signature: 'Claire',
      statusChangedAt: daysAgo(91),
      channel: 'post',
    });
    const rejected = await buildLetter(db, {
      status: 'rejected',
      body: SECRET_TEXT,
      statusChangedAt: daysAgo(200),
    });
    const recent = await buildLetter(db, {
      status: 'delivered',
      body: SECRET_TEXT,
      statusChangedAt: daysAgo(89),
    });
    const waiting = await buildLetter(db, {
      status: 'reviewing',
      body: SECRET_TEXT,
      statusChangedAt: daysAgo(400),
    });
    await db.insert(translations).values({
      letterId: old.id,
      direction: 'to_ru',
      sourceLanguage: 'en',
      targetLanguage: 'ru',
      text: 'Дорогой Иван, меня зовут Клер',
    });
    await db.insert(letterEvents).values({
      letterId: rejected.id,
      name: 'reject',
      fromStatus: 'reviewing',
      toStatus: 'rejected',
      actorType: 'volunteer',
      reason: 'Mentions 12 rue des Lilas',
    });
    await db.insert(screenings).values({
      letterId: old.id,
      stage: 'source',
      language: 'en',
      maxSeverity: 'warn',
      flags: [
        {
          ruleId: 'case-details',
          category: 'case',
          severity: 'warn',
          start: 0,
          end: 9,
          message: 'Quote: "Dear Ivan"',
          suggestion: 'Leave out',
        },
      ],
    });

    const lines: string[] = [];
    const log = createLogger(
      'trace',
      new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()) }),
    );
    const mailer = createMailer({ from: 'x@example.org', outboxDir: '/tmp/lb-retention/outbox' });
    await purgeRetainedTextJob.handle({}, { db, config, log, keys: testKeys, mailer });

    const rows = new Map((await db.select().from(letters)).map((l) => [l.id, l]));
    for (const id of [old.id, rejected.id]) {
      expect(rows.get(id)).toMatchObject({ body: null, signature: '' });
      expect(rows.get(id)!.purgedAt).not.toBeNull();
    }
    expect(rows.get(old.id)).toMatchObject({
      status: 'delivered',
      channel: 'post',
      language: 'en',
      charCount: old.charCount,
    });
    expect(rows.get(recent.id)!.body).toBe(SECRET_TEXT);
    expect(rows.get(waiting.id)!.body).toBe(SECRET_TEXT);

    const [translation] = await db.select().from(translations).where(eq(translations.letterId, old.id));
    expect(translation!.text).toBeNull();
    const [event] = await db.select().from(letterEvents).where(eq(letterEvents.letterId, rejected.id));
    expect(event).toMatchObject({ name: 'reject', toStatus: 'rejected', reason: null });
    const [screening] = await db.select().from(screenings).where(eq(screenings.letterId, old.id));
    expect(screening!.flags).toEqual([
      { ruleId: 'case-details', category: 'case', severity: 'warn', start: 0, end: 9 },
    ]);

    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, 'retention.purge'));
    expect(audit!.data).toEqual({ letters: 2, translations: 1 });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'retention purge', letters: 2, translations: 1 });
    expect(lines.join('')).not.toMatch(/Claire|Lilas|Иван/);

    await purgeRetainedTextJob.handle({}, { db, config, log, keys: testKeys, mailer });
    expect(lines).toHaveLength(1);
  });

  it('erases letters held for a person who died, on the same clock, and keeps those held for a release', async () => {
    const { db } = database;
    const config = loadConfig({ NODE_ENV: 'test', RETENTION_DAYS: '90', DATA_DIR: '/tmp/lb-retention' });
    const held = async (causes: string[], days: number) => {
      const letter = await buildLetter(db, {
        status: 'on_hold',
        body: SECRET_TEXT,
        statusChangedAt: daysAgo(days),
      });
      let from = 'approved';
      for (const cause of causes) {
        await db.insert(letterEvents).values({
          letterId: letter.id,
          name: 'holdForRecipient',
          fromStatus: from,
          toStatus: 'on_hold',
          actorType: 'system',
          data: { cause },
        });
        from = 'on_hold';
      }
      return letter;
    };
    const dead = await held(['recipient_deceased'], 91);
    const transferThenDead = await held(['transfer', 'recipient_deceased'], 120);
    const deadRecently = await held(['recipient_deceased'], 30);
    const released = await held(['recipient_released'], 400);
    const deadThenWrong = await held(['recipient_deceased', 'recipient_released'], 400);

    await purgeAllRetainedText(db, config);
    const body = async (id: string) =>
      (await db.select({ body: letters.body }).from(letters).where(eq(letters.id, id)))[0]!.body;
    expect(await body(dead.id)).toBeNull();
    expect(await body(transferThenDead.id)).toBeNull();
    expect(await body(deadRecently.id)).toBe(SECRET_TEXT);
    expect(await body(released.id)).toBe(SECRET_TEXT);
    // Only the latest cause counts: a death recorded by mistake and corrected keeps the letter.
    expect(await body(deadThenWrong.id)).toBe(SECRET_TEXT);
    const [row] = await db.select().from(letters).where(eq(letters.id, dead.id));
    expect(row).toMatchObject({ status: 'on_hold', signature: '' });
    expect(row!.purgedAt).not.toBeNull();
  });

  it('drops the translation-memory sightings of purged letters and unlinks their shared pairs', async () => {
    const { db } = database;
    const config = loadConfig({ NODE_ENV: 'test', RETENTION_DAYS: '90', DATA_DIR: '/tmp/lb-retention' });
    const translated = async (statusChangedAt: Date) => {
      const letter = await buildLetter(db, { status: 'delivered', body: SECRET_TEXT, statusChangedAt });
      const [translation] = await db
        .insert(translations)
        .values({
          letterId: letter.id,
          direction: 'to_ru',
          sourceLanguage: 'en',
          targetLanguage: 'ru',
          text: '…',
        })
        .returning();
      return { letter, translationId: translation!.id };
    };
    const shared = { source: 'We think of you every day.', target: 'Мы думаем о Вас каждый день.' };
    const own = {
      source: 'I live at 12 rue des Lilas with my cat.',
      target: 'Я живу на улице Лила, 12, с кошкой.',
    };
    const recent = await translated(daysAgo(10));
    const old = await translated(daysAgo(120));
    const remember = (t: { letter: { writerId: string }; translationId: string }, pairs: (typeof own)[]) =>
      rememberFromLetter(db, {
        from: 'en',
        to: 'ru',
        writerId: t.letter.writerId,
        translationId: t.translationId,
        approvedBy: null,
        pairs,
      });
    await remember(recent, [shared]);
    expect(await remember(old, [shared, own])).toEqual({ stored: 1, pending: 1 });

    const pending = await db.select().from(translationMemorySightings);
    expect(pending.map((s) => s.translationId)).toEqual([old.translationId]);
    await purgeAllRetainedText(db, config);
    const sightings = await db.select().from(translationMemorySightings);
    expect(sightings.filter((s) => s.translationId === old.translationId)).toEqual([]);
    const memory = await db.select().from(translationMemory);
    expect(memory.map((m) => [m.sourceText, m.translationId])).toEqual([[shared.source, null]]);
    expect(JSON.stringify(memory)).not.toMatch(/Lilas|Лила/);
  });
});
