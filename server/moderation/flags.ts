/**
 * Screening for the moderator: both texts of a letter screened now (the writer's original in its
 * language, the Russian text the censor will read), each flag with the writer's message in the
 * writer's language and the rule's note for moderators.
 */
import type { ModerationFlag } from '../../shared/api/moderation';
import type { UiLanguage } from '../../shared/limits';
import {
  ruleCatalogue,
  screenText,
  type PrisonerContext,
  type ScreeningFlag,
  type Severity,
} from '../screening';
import { prisonerRuleFile } from '../screening/prisoner-rules';

/** Flags of both texts. `translation` is empty when the letter was written in Russian. */
export interface LetterFlags {
  source: ModerationFlag[];
  translation: ModerationFlag[];
}

let notes: Map<string, string> | undefined;

function noteFor(ruleId: string, prisoner: PrisonerContext | undefined): string {
  notes ??= new Map(ruleCatalogue('en').map((e) => [e.ruleId, e.note]));
  const known = notes.get(ruleId);
  if (known) return known;
  const own = prisoner ? prisonerRuleFile(prisoner).rules.find((r) => r.id === ruleId) : undefined;
  return own?.note ?? '';
}

/** Screens the letter's texts as the moderator needs them. */
export function screenLetter(input: {
  body: string;
  language: string;
  russian: string | null;
  writerUiLanguage: UiLanguage;
  prisoner: PrisonerContext | undefined;
}): LetterFlags {
  const context = input.prisoner ? { prisoner: input.prisoner } : {};
  const withNotes = (flags: ScreeningFlag[]) =>
    flags.map((f) => ({ ...f, note: noteFor(f.ruleId, input.prisoner) }));
  const source = screenText({
    text: input.body,
    language: input.language,
    stage: 'source',
    uiLanguage: input.writerUiLanguage,
    ...context,
  }).flags;
  const translation =
    input.russian !== null && input.language !== 'ru'
      ? screenText({
          text: input.russian,
          language: 'ru',
          stage: 'translation',
          uiLanguage: input.writerUiLanguage,
          ...context,
        }).flags
      : [];
  return { source: withNotes(source), translation: withNotes(translation) };
}

/** Counts per severity over both texts. */
export function severityCounts(flags: LetterFlags): Record<Severity, number> {
  const counts: Record<Severity, number> = { block: 0, warn: 0, info: 0 };
  for (const f of [...flags.source, ...flags.translation]) counts[f.severity] += 1;
  return counts;
}

/** True when no flag is above `info`: the letter may be fast-approved. */
export function onlyInfo(flags: LetterFlags): boolean {
  const counts = severityCounts(flags);
  return counts.block === 0 && counts.warn === 0;
}
