/**
 * The workbench as the dashboard receives it (segments, saved rows, drafts, glossary, checks) and
 * the checks on text being typed (quality checks, screening of the Russian text, spelling).
 */
import type { WorkbenchChecks as WireChecks, WorkbenchData } from '../../shared/api/workbench';
import type { UiLanguage } from '../../shared/limits';
import type { Queryable } from '../db/database';
import type { EngineId } from '../mt/engine';
import { checkSpelling, warmUpSpellcheck, type SpellResult } from '../mt/checks/spelling';
import { isRussianFormOf } from '../mt/glossary';
import { segmentText } from '../mt/segment';
import { screenText, type ScreeningFlag } from '../screening';
import { loadPrisonerContext } from '../screening/prisoner-context';
import { runChecks, type CheckIssue } from './checks';
import { draftSegments, workbenchEngines } from './drafts';
import { buildGlossary, engineGlossary } from './glossary';
import { composeRows, splitIntoRows } from './rows';
import type { WorkbenchSubject } from './subject';

/** Everything the workbench screen opens with: the wire shape, with this server's engine ids. */
export type WorkbenchView = WorkbenchData<EngineId>;

/** The checks' answer for the current rows, with this server's issue codes. */
export type WorkbenchChecks = WireChecks<CheckIssue['code']>;

/** Opens the workbench on `subject`; `dictionary` is the hunspell-ru path (config SPELLCHECK_DICTIONARY). */
export async function buildWorkbench(
  db: Queryable,
  subject: WorkbenchSubject,
  dictionary: string,
): Promise<WorkbenchView> {
  const { prisoner, sourceText, translation, ...rest } = subject;
  const text = sourceText ?? '';
  const source = segmentText(text);
  const glossary = buildGlossary(prisoner, text, subject.sourceLanguage, subject.direction);
  const { drafts, problems } = subject.editable
    ? await draftSegments(
        workbenchEngines(db),
        source.segments.map((s) => ({ index: s.index, text: s.text })),
        subject.sourceLanguage,
        subject.targetLanguage,
        engineGlossary(glossary),
      )
    : { drafts: [], problems: [] };
  const spelling = subject.targetLanguage === 'ru' ? warmUpSpellcheck(dictionary) : 'not_applicable';
  const saved = translation?.text ?? '';
  const meta: WorkbenchView['subject']['translation'] = translation
    ? {
        id: translation.id,
        status: translation.status,
        engine: translation.engine,
        updatedAt: translation.updatedAt,
      }
    : null;
  return {
    subject: { ...rest, prisonerName: prisoner.fullName, translation: meta },
    source: { text, ...source },
    rows: saved ? splitIntoRows(source, saved) : source.segments.map(() => ''),
    drafts,
    engineProblems: problems,
    glossary,
    spelling,
  };
}

/** Runs every check on `rows` (the translator's current text); flag messages in `uiLanguage`. */
export async function checkWorkbench(
  db: Queryable,
  subject: WorkbenchSubject,
  rows: readonly string[],
  dictionary: string,
  uiLanguage: UiLanguage = 'en',
): Promise<WorkbenchChecks> {
  const sourceText = subject.sourceText ?? '';
  const source = segmentText(sourceText);
  const composed = composeRows(source, rows);
  const glossary = buildGlossary(subject.prisoner, sourceText, subject.sourceLanguage, subject.direction);
  const issues = runChecks({
    source,
    sourceText,
    rows,
    composed,
    sourceLanguage: subject.sourceLanguage,
    targetLanguage: subject.targetLanguage,
    glossary,
  });
  let flags: ScreeningFlag[] = [];
  let spelling: SpellResult = { state: 'unavailable', issues: [], detail: 'Spellcheck is for Russian text.' };
  if (subject.targetLanguage === 'ru' && composed.text !== '') {
    const prisoner = await loadPrisonerContext(db, subject.prisoner.id);
    flags = screenText({
      text: composed.text,
      language: 'ru',
      stage: 'translation',
      uiLanguage,
      ...(prisoner ? { prisoner } : {}),
    }).flags;
    const names = glossary.filter((t) => t.kind === 'name' && t.target).map((t) => t.target!);
    spelling = await checkSpelling(
      composed.text,
      (word) => names.some((n) => isRussianFormOf(word, n)),
      dictionary,
    );
  }
  return { text: composed.text, spans: composed.spans, issues, flags, spelling };
}
