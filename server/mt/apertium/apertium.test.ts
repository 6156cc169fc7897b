import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MtError } from '../engine';
import {
  APERTIUM_DATA_DIR,
  cleanApertiumOutput,
  createApertiumEngine,
  missingPrograms,
  modeRequirements,
} from './engine';

// These tests run the real Apertium binaries (CI installs apertium-rus-ukr and apertium-bel-rus).
const engine = createApertiumEngine();
const slow = { timeout: 120_000 };

describe('shipped mode files', () => {
  it('run no perceptron tagger for the pairs whose shared .prob file crashes it', () => {
    for (const mode of ['ukr-rus', 'rus-ukr', 'rus-bel']) {
      const text = fs.readFileSync(path.join(APERTIUM_DATA_DIR, 'modes', `${mode}.mode`), 'utf8');
      const { programs, files } = modeRequirements(text);
      expect(programs).not.toContain('apertium-tagger');
      expect(programs).toContain('cg-proc');
      expect(text).toContain("cg-proc -w -1 -n '");
      expect(files.every((f) => f.startsWith('/usr/share/apertium/'))).toBe(true);
      expect(files.some((f) => f.endsWith('.prob'))).toBe(false);
    }
  });

  it('name programs and data files that exist on this machine', async () => {
    const text = fs.readFileSync(path.join(APERTIUM_DATA_DIR, 'modes', 'ukr-rus.mode'), 'utf8');
    const { programs, files } = modeRequirements(text);
    expect(await missingPrograms(programs)).toEqual([]);
    expect(files.filter((f) => !fs.existsSync(f))).toEqual([]);
  });
});

describe('Apertium engine (real binaries)', () => {
  it('translates a Ukrainian letter into Russian, one draft per segment, in one run', slow, async () => {
    const drafts = await engine.translate(
      [
        { index: 0, text: 'Привіт!' },
        { index: 1, text: 'Ми думаємо про Вас.' },
        { index: 2, text: 'Сьогодні світить сонце.' },
      ],
      'uk',
      'ru',
    );
    expect(drafts.map((d) => [d.index, d.engine, d.score])).toEqual([
      [0, 'apertium', null],
      [1, 'apertium', null],
      [2, 'apertium', null],
    ]);
    expect(drafts[0]?.text).toBe('Привет!');
    expect(drafts[1]?.text).toMatch(/^Мы думаем/);
    expect(drafts[2]?.text).toMatch(/солнце/);
  });

  it('translates Belarusian into Russian', slow, async () => {
    const [draft] = await engine.translate([{ index: 0, text: 'З днём нараджэння!' }], 'be', 'ru');
    expect(draft?.text).toBe('Со днём рождения!');
  });

  it('translates Russian replies back into Ukrainian with the fixed rus-ukr mode', slow, async () => {
    const [draft] = await engine.translate([{ index: 0, text: 'Спасибо за письмо.' }], 'ru', 'uk');
    expect(draft?.text).not.toBe('');
    expect(draft?.text).toMatch(/\.$/);
  });

  it('notes the words Apertium does not know and removes its marks', slow, async () => {
    const [draft] = await engine.translate([{ index: 0, text: 'Я вчителька з Києва.' }], 'uk', 'ru');
    expect(draft?.text).not.toContain('*');
    expect(draft?.notes?.[0]).toMatch(/вчителька/);
  });

  it('says which pairs it supports and is healthy here', slow, async () => {
    expect(engine.supports('uk', 'ru')).toBe(true);
    expect(engine.supports('be', 'ru')).toBe(true);
    expect(engine.supports('en', 'ru')).toBe(false);
    expect(await engine.health()).toMatchObject({ engine: 'apertium', ok: true });
  });

  it('reports unavailable, naming the program, when the binary is missing', async () => {
    const broken = createApertiumEngine({ command: '/nonexistent/apertium' });
    const health = await broken.health();
    expect(health.ok).toBe(false);
    expect(health.detail).toContain('/nonexistent/apertium');
    const failure = await broken
      .translate([{ index: 0, text: 'Привіт' }], 'uk', 'ru')
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MtError);
    expect((failure as MtError).code).toBe('unavailable');
    await expect(engine.translate([{ index: 0, text: 'Hi' }], 'en', 'ru')).rejects.toMatchObject({
      code: 'unsupported_pair',
    });
  });
});

describe('cleanApertiumOutput', () => {
  it('strips unknown-word marks but keeps a writer’s own asterisks', () => {
    expect(cleanApertiumOutput('Я *вчителька из #Киев и @лес.', 'Я вчителька з Києва і ліс.')).toEqual({
      text: 'Я вчителька из Киев и лес.',
      unknown: ['вчителька', 'Киев', 'лес'],
    });
    expect(cleanApertiumOutput('Обнимаю *крепко*', 'Обіймаю *міцно*').text).toBe('Обнимаю *крепко*');
  });
});
