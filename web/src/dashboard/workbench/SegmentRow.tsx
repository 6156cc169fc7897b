/**
 * One sentence of the workbench: the source (glossary spellings marked) beside its translation,
 * with the drafts for it and what the checks found in it. The best draft shows as the empty
 * row's placeholder; Alt+Enter takes it, Alt+2… the others.
 */
import { forwardRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckIssue, Draft, Segment } from './api';
import { HighlightArea } from './HighlightArea';
import { WB } from './strings';
import { splitByMarks, type Mark } from './spans';

/** Everything one row shows. */
export interface SegmentRowProps {
  segment: Segment;
  value: string;
  sourceLanguage: string;
  targetLanguage: string;
  sourceMarks: Mark[];
  targetMarks: Mark[];
  choices: { text: string; draft: Draft }[];
  issues: CheckIssue[];
  active: boolean;
  editable: boolean;
  onChange: (value: string) => void;
  onFocus: () => void;
  onAccept: (choice: number) => void;
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
}

/** The engine and score of a draft, as a short label ("Memory 92%", "Phrasebook", "Apertium"). */
function DraftLabel({ draft }: { draft: Draft }) {
  const { t } = useTranslation(WB);
  const name = t(`engines.${draft.engine}`, { defaultValue: draft.engine });
  const score = draft.score !== null && draft.score < 1 ? ` ${Math.round(draft.score * 100)}%` : '';
  return (
    <span className={`wb-engine wb-engine-${draft.engine}`}>
      {name}
      {score}
    </span>
  );
}

/** A row of the workbench. */
export const SegmentRow = forwardRef<HTMLTextAreaElement, SegmentRowProps>(function SegmentRow(props, ref) {
  const { t } = useTranslation(WB);
  const { segment, value, choices, issues, active, editable } = props;
  const id = `wb-row-${segment.index}`;
  const best = choices[0];
  return (
    <div
      className={`wb-row${active ? ' wb-row-active' : ''}${issues.length ? ' wb-row-issues' : ''}`}
      data-row={segment.index}
    >
      <span className="wb-num" aria-hidden="true">
        {segment.index + 1}
      </span>
      <p className="wb-source" lang={props.sourceLanguage} id={`${id}-source`}>
        {splitByMarks(segment.text, props.sourceMarks).map((piece) =>
          piece.marks.length === 0 ? (
            piece.text
          ) : (
            <mark key={piece.start} className={`wb-${piece.marks[0]!.kind}`} title={piece.marks[0]!.title}>
              {piece.text}
            </mark>
          ),
        )}
      </p>
      <div className="wb-target">
        <label htmlFor={id} className="visually-hidden">
          {t('row.label', { n: segment.index + 1 })}
        </label>
        <HighlightArea
          ref={ref}
          id={id}
          lang={props.targetLanguage}
          value={value}
          marks={props.targetMarks}
          readOnly={!editable}
          placeholder={editable && best ? best.text : ''}
          aria-describedby={`${id}-source${issues.length ? ` ${id}-issues` : ''}`}
          onChange={props.onChange}
          onFocus={props.onFocus}
          onKeyDown={props.onKeyDown}
        />
        {active && editable && choices.length > 0 && (
          <ol className="wb-drafts" aria-label={t('row.drafts')}>
            {choices.slice(0, 4).map((choice, n) => (
              <li key={choice.text}>
                <button
                  type="button"
                  className="wb-draft"
                  onClick={() => props.onAccept(n)}
                  lang={props.targetLanguage}
                >
                  <kbd>{n === 0 ? t('keys.accept') : t('keys.acceptN', { n: n + 1 })}</kbd>
                  <DraftLabel draft={choice.draft} />
                  <span className="wb-draft-text">{choice.text}</span>
                </button>
                {n === 0 &&
                  choice.draft.notes?.map((note) => (
                    <span key={note} className="wb-draft-note">
                      {note}
                    </span>
                  ))}
              </li>
            ))}
          </ol>
        )}
        {issues.length > 0 && (
          <ul className="wb-row-findings" id={`${id}-issues`}>
            {issues.map((issue, n) => (
              <li key={n} className={`wb-finding wb-finding-${issue.severity}`}>
                <span className="wb-icon" aria-hidden="true">
                  {issue.severity === 'error' ? '✖' : '▲'}
                </span>
                <span>
                  <span className="visually-hidden">{t(`severity.${issue.severity}`)}: </span>
                  {t(`checks.${issue.code}`, {
                    ...issue.params,
                    context: issue.params.script,
                    defaultValue: issue.message,
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
});
