/**
 * The flags in words, one entry per rule: numbers (as in the text), severity (icon and label),
 * category, the flagged passages, the note for moderators and the message the writer would read
 * in their language.
 */
import { useTranslation } from 'react-i18next';
import type { ModerationFlag } from './api';
import { groupByRule } from './logic';
import { MOD } from './strings';

/** Severity icons: shape as well as colour. */
export const SEVERITY_ICON: Record<ModerationFlag['severity'], string> = { block: '■', warn: '▲', info: '●' };

/** Props: numbered flags of one text. */
export interface FlagListProps {
  title: string;
  text: string;
  textLanguage: string;
  writerLanguage: string;
  numbered: { flag: ModerationFlag; n: number }[];
}

/** One text's flags. */
export function FlagList(props: FlagListProps) {
  const { t } = useTranslation(MOD);
  if (props.numbered.length === 0) return null;
  return (
    <section className="mod-flags" aria-label={props.title}>
      <h3>{props.title}</h3>
      <ol>
        {groupByRule(props.numbered, props.text).map(({ flag, numbers, passages }) => (
          <li key={flag.ruleId} className={`mod-flag mod-flag-${flag.severity}`}>
            <span className="mod-ns">
              {numbers.map((n) => (
                <span key={n} className={`mod-n mod-n-sev-${flag.severity}`}>
                  {n}
                </span>
              ))}
            </span>
            <div>
              <p className="mod-flag-head">
                <span className={`mod-sev mod-sev-label-${flag.severity}`}>
                  <span aria-hidden="true">{SEVERITY_ICON[flag.severity]} </span>
                  {t(`severity.${flag.severity}`)}
                </span>{' '}
                <strong>{t(`categories.${flag.category}`, { defaultValue: flag.category })}</strong>{' '}
                {passages.map((passage, i) => (
                  <span key={passage}>
                    {i > 0 && ', '}
                    <q lang={props.textLanguage}>{passage}</q>
                  </span>
                ))}
              </p>
              {flag.note && <p className="mod-note">{flag.note}</p>}
              <p className="mod-writer-message">
                <span className="mod-label">{t('flags.writerReads')}</span>{' '}
                <span lang={props.writerLanguage}>{flag.message}</span>
                {flag.suggestion && (
                  <>
                    {' '}
                    <span className="mod-label">{t('flags.suggestion')}</span>{' '}
                    <span lang={props.textLanguage}>{flag.suggestion}</span>
                  </>
                )}
              </p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
