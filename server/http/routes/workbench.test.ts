import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { buildLetter, buildPrisoner, buildWriter } from '../../../test/factories';
import { buildVolunteer, volunteerCookie } from '../../../test/volunteers';
import { letters, replies, translations, writers } from '../../db/schema';
import { rememberApproved } from '../../mt/memory/remember';
import type { WorkbenchChecks, WorkbenchView } from '../../workbench/view';

const LETTER =
  'Dear Rinat,\n\nI am a teacher from Lyon and I read about Mr Galiyev in March. I think of you often.\n\nStay strong!';

let t: TestApp;
let translator: string;
let germanOnly: string;
let prisonerId: string;

beforeAll(async () => {
  // No dictionary here: spellcheck answers "unavailable" (its own tests load a real one).
  t = await createTestApp({ SPELLCHECK_DICTIONARY: '/nonexistent/ru_RU' });
  const { db, config } = t.runtime;
  const prisoner = await buildPrisoner(db, {
    surname: 'Галиев',
    givenName: 'Ринат',
    patronymic: 'Ильдарович',
    fullName: 'Галиев Ринат Ильдарович',
  });
  prisonerId = prisoner.id;
  const v = await buildVolunteer(db, { roles: ['translator'], languagePairs: ['en-ru', 'ru-en'] });
  translator = await volunteerCookie(db, config, v.id);
  const g = await buildVolunteer(db, { roles: ['translator'], languagePairs: ['de-ru'] });
  germanOnly = await volunteerCookie(db, config, g.id);
  await rememberApproved(db, [
    { from: 'en', to: 'ru', source: 'I think of you often.', target: 'Я часто думаю о вас.' },
  ]);
});
afterAll(() => t.close());

const as = (cookie: string) => ({ cookie });

describe('the letter workbench', () => {
  it('opens with aligned segments, drafts from memory and phrasebook, and the glossary', async () => {
    const letter = await buildLetter(t.runtime.db, { prisonerId, status: 'translating', body: LETTER });
    const res = await t.call(
      'GET',
      `/api/volunteer/letters/${letter.id}/workbench`,
      undefined,
      as(translator),
    );
    expect(res.status).toBe(200);
    const view = (await res.json()) as WorkbenchView;
    expect(view.subject).toMatchObject({
      kind: 'letter',
      editable: true,
      sourceLanguage: 'en',
      targetLanguage: 'ru',
    });
    expect(view.source.segments.map((s) => s.text)).toEqual([
      'Dear Rinat,',
      'I am a teacher from Lyon and I read about Mr Galiyev in March.',
      'I think of you often.',
      'Stay strong!',
    ]);
    expect(view.rows).toEqual(['', '', '', '']);
    const memory = view.drafts.find((d) => d.index === 2)!;
    expect(memory).toMatchObject({ engine: 'memory', score: 1, text: 'Я часто думаю о вас.' });
    expect(view.drafts.find((d) => d.index === 0)).toMatchObject({ engine: 'phrasebook' });
    expect(view.drafts.find((d) => d.index === 0)!.text).toContain('Ринат');
    expect(view.drafts.find((d) => d.index === 3)).toMatchObject({ engine: 'phrasebook' });
    const surname = view.glossary.find((g) => g.target === 'Галиев')!;
    expect(surname.used).toEqual(['Galiyev']);
    expect(view.spelling).toBe('unavailable');
  });

  it('checks the rows being typed: checks, screening of the Russian, spelling state', async () => {
    const letter = await buildLetter(t.runtime.db, { prisonerId, status: 'translating', body: LETTER });
    const rows = [
      'Дорогой Ринат,',
      'Я учительница из Lyon, в марте читала о господине Галееве и о войне.',
      'Я часто думаю о вас.',
      '',
    ];
    const res = await t.call('POST', `/api/volunteer/letters/${letter.id}/checks`, { rows }, as(translator));
    expect(res.status).toBe(200);
    const checks = (await res.json()) as WorkbenchChecks;
    expect(checks.text.startsWith('Дорогой Ринат,\n\nЯ учительница')).toBe(true);
    expect(checks.issues.map((i) => i.code).sort()).toEqual(
      ['empty_row', 'name_misspelled', 'script_left'].sort(),
    );
    const war = checks.flags.find((f) => f.category === 'war')!;
    expect(checks.text.slice(war.start, war.end)).toBe('войне');
    expect(checks.spelling.state).toBe('unavailable');
  });

  it('saves rows as the translation, then submits it to review', async () => {
    const { db } = t.runtime;
    const letter = await buildLetter(db, { prisonerId, status: 'translating', body: 'Hello.\n\nBye.' });
    const url = `/api/volunteer/letters/${letter.id}/workbench`;
    const draft = await t.call('PUT', url, { rows: ['Привет.', ''] }, as(translator));
    expect(await draft.json()).toEqual({ status: 'draft' });
    const reopened = (await (await t.call('GET', url, undefined, as(translator))).json()) as WorkbenchView;
    expect(reopened.rows).toEqual(['Привет.', '']);
    const submitted = await t.call(
      'PUT',
      url,
      { rows: ['Привет.', 'Пока.'], submit: true, engine: 'memory' },
      as(translator),
    );
    expect(await submitted.json()).toEqual({ status: 'reviewing' });
    const [row] = await db.select().from(translations).where(eq(translations.letterId, letter.id));
    expect(row).toMatchObject({ text: 'Привет.\n\nПока.', status: 'submitted', engine: 'memory' });
    const [moved] = await db
      .select({ status: letters.status })
      .from(letters)
      .where(eq(letters.id, letter.id));
    expect(moved!.status).toBe('reviewing');
  });

  it('refuses rows that no longer fit the original, and translators without the pair', async () => {
    const letter = await buildLetter(t.runtime.db, {
      prisonerId,
      status: 'translating',
      body: 'Hello.\n\nBye.',
    });
    const url = `/api/volunteer/letters/${letter.id}/workbench`;
    const mismatch = await t.call('PUT', url, { rows: ['Привет.'] }, as(translator));
    expect(mismatch.status).toBe(400);
    expect(((await mismatch.json()) as { error: { code: string } }).error.code).toBe('rows_mismatch');
    const other = await t.call('GET', url, undefined, as(germanOnly));
    expect(other.status).toBe(403);
  });
});

describe('the reply workbench (the other direction)', () => {
  it('opens a transcription for translation into the writer’s language, names in Latin', async () => {
    const { db } = t.runtime;
    const writer = await buildWriter(db);
    await db.update(writers).set({ language: 'en' }).where(eq(writers.id, writer.id));
    const letter = await buildLetter(db, { prisonerId, writerId: writer.id, status: 'delivered' });
    const [reply] = await db
      .insert(replies)
      .values({
        letterId: letter.id,
        status: 'translating',
        receivedVia: 'scan',
        transcription: 'Здравствуйте! Спасибо за письмо.\n\nВаш Ринат.',
      })
      .returning();
    const res = await t.call(
      'GET',
      `/api/volunteer/replies/${reply!.id}/workbench`,
      undefined,
      as(translator),
    );
    expect(res.status).toBe(200);
    const view = (await res.json()) as WorkbenchView;
    expect(view.subject).toMatchObject({ kind: 'reply', direction: 'from_ru', targetLanguage: 'en' });
    expect(view.glossary.find((g) => g.used.includes('Ринат'))!.target).toBe('Rinat');
    const rows = ['Hello!', 'Thank you for the письмо.', 'Yours, Rinat.'];
    const checks = (await (
      await t.call('POST', `/api/volunteer/replies/${reply!.id}/checks`, { rows }, as(translator))
    ).json()) as WorkbenchChecks;
    expect(checks.issues.map((i) => i.params.word)).toEqual(['письмо']);
    expect(checks.flags).toEqual([]);
    const saved = await t.call(
      'PUT',
      `/api/volunteer/replies/${reply!.id}/workbench`,
      { rows, submit: true },
      as(translator),
    );
    expect(await saved.json()).toEqual({ status: 'reviewing' });
  });
});
