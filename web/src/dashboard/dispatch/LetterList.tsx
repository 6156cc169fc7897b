/**
 * Letters as dense rows: reference, recipient and facility, size and cost, waiting time, what to
 * check, and an action. A grid that folds into two lines on a phone instead of a scrolling table.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { age, dateTime } from '../format';
import type { QueueLetter } from './api';
import { money } from './format';
import { DSP } from './strings';
import { Warnings } from './Warnings';

/** One row's extra parts. */
export interface RowParts {
  /** Before the reference (a checkbox). */
  leading?: (letter: QueueLetter) => ReactNode;
  /** At the end (a button or link). */
  action?: (letter: QueueLetter) => ReactNode;
  /** Under the recipient (reasons, an attempt's state). */
  note?: (letter: QueueLetter) => ReactNode;
}

/** The size and cost cell: "1 page · 110 ₽". */
export function CostCell({ letter }: { letter: QueueLetter }) {
  const { t } = useTranslation(DSP);
  const size =
    letter.channel === 'post' || !letter.estimate
      ? t('letter.chars', { count: letter.chars })
      : t('letter.pages', { count: letter.estimate.units });
  return (
    <span className="dsp-cost">
      <span>{size}</span>
      <strong>
        {letter.estimate ? money(letter.estimate.totalMinor, letter.estimate.currency) : t('letter.noPrice')}
      </strong>
    </span>
  );
}

/** The list. */
export function LetterList({
  letters,
  parts = {},
  label,
}: {
  letters: readonly QueueLetter[];
  parts?: RowParts;
  label: string;
}) {
  const { t } = useTranslation(DSP);
  return (
    <ul className={`dsp-letters${parts.leading ? ' dsp-letters-select' : ''}`} aria-label={label}>
      {letters.map((letter) => (
        <li key={letter.id} className="dsp-letter">
          {parts.leading && <span className="dsp-lead">{parts.leading(letter)}</span>}
          <span className="dsp-ref">
            <Link to={`/volunteer/letters/${letter.id}`}>{letter.refCode}</Link>
          </span>
          <span className="dsp-who">
            <span className="dsp-name">{letter.prisoner.name}</span>
            <span className="dsp-where">
              {letter.facility
                ? `${letter.facility.shortName} · ${letter.facility.region}`
                : t('letter.noFacility')}
            </span>
            {parts.note?.(letter)}
            {letter.channel &&
              letter.skipped
                .filter((s) => s.reason === 'over_budget')
                .map((s) => (
                  <span key={s.channel} className="dsp-muted">
                    {t('letter.overBudget', { channel: t(`channel.${s.channel}`) })}
                  </span>
                ))}
            <Warnings warnings={letter.warnings} compact />
          </span>
          <CostCell letter={letter} />
          <span className="dsp-age" title={dateTime(letter.since)}>
            {age(letter.since)}
          </span>
          {parts.action && <span className="dsp-act">{parts.action(letter)}</span>}
        </li>
      ))}
    </ul>
  );
}
