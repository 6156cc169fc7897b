/** The rule data is reviewed like code; these checks keep it well-formed. */
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../shared/limits';
import { ruleCatalogue } from './catalogue';
import { compileRuleFiles } from './compile';
import { DESIGNATIONS } from './rules/organisations/designations';
import { DETECTOR_RULE_LIST, RULE_FILES } from './rules';
import { CATEGORIES, DETECTORS, type Messages } from './types';

describe('rule files', () => {
  it('all compile (every pattern is well-formed and within the expansion limit)', () => {
    expect(() => compileRuleFiles(RULE_FILES)).not.toThrow();
  });

  it('have unique ids naming their category and language', () => {
    const ids = RULE_FILES.flatMap((f) => f.rules.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const file of RULE_FILES) {
      for (const rule of file.rules) {
        const prefix = file.language === '*' ? `${file.category}.` : `${file.category}.${file.language}.`;
        expect(rule.id.startsWith(prefix), rule.id).toBe(true);
      }
    }
  });

  it('cover every category in Russian, the language the censor reads (shapes aside)', () => {
    const shapeOnly = new Set(DETECTOR_RULE_LIST.map((r) => r.category));
    for (const category of CATEGORIES) {
      const inRussian = RULE_FILES.some(
        (f) => f.category === category && (f.language === 'ru' || f.language === '*'),
      );
      expect(inRussian || shapeOnly.has(category), category).toBe(true);
    }
  });

  it('give every rule a message in every UI language, a note, and a proximity window when needed', () => {
    const all: { id: string; message: Messages; note: string }[] = [
      ...RULE_FILES.flatMap((f) => f.rules),
      ...DETECTOR_RULE_LIST,
    ];
    for (const rule of all) {
      for (const ui of UI_LANGUAGES)
        expect(rule.message[ui]?.trim().length, `${rule.id} ${ui}`).toBeGreaterThan(20);
      expect(rule.note.length, rule.id).toBeGreaterThan(10);
    }
    for (const rule of RULE_FILES.flatMap((f) => f.rules)) {
      if (rule.near) expect(rule.near.within, rule.id).toBeGreaterThan(0);
    }
  });

  it('have a shape rule for every detector', () => {
    for (const detector of DETECTORS)
      expect(
        DETECTOR_RULE_LIST.some((r) => r.detector === detector),
        detector,
      ).toBe(true);
  });

  it('appear in the moderators’ catalogue in the requested language', () => {
    const catalogue = ruleCatalogue('ru');
    expect(catalogue.length).toBe(RULE_FILES.flatMap((f) => f.rules).length + DETECTOR_RULE_LIST.length);
    expect(catalogue.find((r) => r.ruleId === 'war.ru.war')?.message).toMatch(/войне/);
  });
});

describe('the designated organisations list', () => {
  it('dates and sources every entry', () => {
    const ids = DESIGNATIONS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of DESIGNATIONS) {
      expect(d.designatedOn, d.id).toMatch(/^(19|20)\d\d-\d\d-\d\d$/);
      expect(Number.isNaN(Date.parse(d.designatedOn)), d.id).toBe(false);
      expect(d.source.length, d.id).toBeGreaterThan(10);
      expect(d.authority.length, d.id).toBeGreaterThan(5);
      expect(d.patterns.length, d.id).toBeGreaterThan(0);
    }
  });

  it('names each organisation in Russian and in Latin letters where it has both', () => {
    for (const id of ['fbk', 'meduza', 'jehovahs_witnesses', 'lgbt_movement', 'azov', 'vesna', 'memorial']) {
      const d = DESIGNATIONS.find((x) => x.id === id)!;
      const patterns = d.patterns.join(' ');
      expect(/[а-я]/.test(patterns) && /[a-z]/.test(patterns), id).toBe(true);
    }
  });
});
