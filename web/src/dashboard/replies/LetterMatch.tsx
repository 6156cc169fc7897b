/**
 * Which letter a reply answers: the reference code printed on the letter (LB-XXXXXX) finds it by
 * itself; without a code, a search by the prisoner's name or part of a code lists sent letters to
 * choose from by hand. Codes the machine reading found nearby are offered as buttons. Shows what
 * was found — prisoner, facility, the writer's pseudonym, since when it was sent — before anything
 * is saved; the parent decides what to do with the choice.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readRefCode } from '../../../../shared/ref-code';
import { dateTime } from '../format';
import { repliesApi, type LetterCandidate } from './api';
import { ReplyError } from './ReplyError';
import { RP } from './strings';

/** A letter chosen for a reply, and how. */
export interface ChosenLetter {
  letter: LetterCandidate;
  /** `code`: found by its reference code; `search`: picked by hand. */
  via: 'code' | 'search';
}

/** What the chosen letter is, in one block (its status as found, unless `status` is false). */
export function LetterSummary({ letter, status = true }: { letter: LetterCandidate; status?: boolean }) {
  const { t } = useTranslation(RP);
  return (
    <dl className="dash-facts rp-letter-facts">
      <div>
        <dt>{t('match.ref')}</dt>
        <dd>
          <strong>{letter.refCode}</strong>
        </dd>
      </div>
      <div>
        <dt>{t('match.prisoner')}</dt>
        <dd lang="ru">
          {letter.prisonerName}
          {letter.facility && <span className="dash-meta"> · {letter.facility}</span>}
        </dd>
      </div>
      <div>
        <dt>{t('match.writer')}</dt>
        <dd>{letter.writerPseudonym}</dd>
      </div>
      {status && (
        <div>
          <dt>{t('match.status')}</dt>
          <dd>
            {t(`letterStatus.${letter.status}`, { defaultValue: letter.status })} ·{' '}
            <time dateTime={letter.statusChangedAt}>
              {t('match.since', { date: dateTime(letter.statusChangedAt) })}
            </time>
          </dd>
        </div>
      )}
    </dl>
  );
}

/** The matching block. */
export function LetterMatch({
  chosen,
  onChoose,
  suggestions = [],
  initialCode = '',
}: {
  chosen: ChosenLetter | null;
  onChoose: (choice: ChosenLetter | null) => void;
  suggestions?: readonly string[];
  initialCode?: string;
}) {
  const { t } = useTranslation(RP);
  const ids = useId();
  const [code, setCode] = useState(initialCode);
  const [codeState, setCodeState] = useState<'idle' | 'looking' | 'unknown'>('idle');
  const [search, setSearch] = useState('');
  const [results, setResults] = useState<LetterCandidate[]>();
  const [error, setError] = useState<unknown>();
  const refCode = readRefCode(code);

  // A whole code looks itself up; an unknown one says so instead of saving an unmatched reply silently.
  useEffect(() => {
    if (!refCode) {
      setCodeState('idle');
      return;
    }
    if (chosen?.letter.refCode === refCode) return;
    const controller = new AbortController();
    setCodeState('looking');
    repliesApi.candidates(refCode, controller.signal).then(
      ({ letters }) => {
        const exact = letters.find((l) => l.refCode === refCode);
        setCodeState(exact ? 'idle' : 'unknown');
        onChoose(exact ? { letter: exact, via: 'code' } : null);
      },
      (caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      },
    );
    return () => controller.abort();
  }, [refCode]);

  useEffect(() => {
    const q = search.trim();
    if (q.length < 2) {
      setResults(undefined);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      repliesApi.candidates(q, controller.signal).then(
        ({ letters }) => setResults(letters),
        (caught: unknown) => !controller.signal.aborted && setError(caught),
      );
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [search]);

  if (chosen) {
    return (
      <div className="rp-match rp-matched" data-testid="matched-letter">
        <p className="rp-match-title">
          {chosen.via === 'code' ? t('match.foundByCode') : t('match.chosenByHand')}
        </p>
        <LetterSummary letter={chosen.letter} />
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={() => {
            setCode('');
            onChoose(null);
          }}
        >
          {t('match.change')}
        </button>
      </div>
    );
  }
  return (
    <div className="rp-match">
      <div className="field">
        <label htmlFor={`${ids}-code`}>{t('match.codeLabel')}</label>
        <input
          id={`${ids}-code`}
          type="text"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          placeholder="LB-XXXXXX"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${ids}-code-hint`}
          aria-invalid={codeState === 'unknown' || undefined}
          className="rp-code"
        />
        <p
          className={codeState === 'unknown' ? 'rp-hint rp-hint-error' : 'dash-meta rp-hint'}
          id={`${ids}-code-hint`}
          aria-live="polite"
        >
          {codeState === 'looking'
            ? t('match.looking')
            : codeState === 'unknown'
              ? t('match.unknownCode', { code: refCode })
              : t('match.codeHint')}
        </p>
      </div>
      {suggestions.length > 0 && (
        <p className="rp-suggestions">
          {t('match.suggested')}{' '}
          {suggestions.map((s) => (
            <button
              key={s}
              type="button"
              className="button button-small button-quiet"
              onClick={() => setCode(s)}
            >
              {s}
            </button>
          ))}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${ids}-search`}>{t('match.searchLabel')}</label>
        <input
          id={`${ids}-search`}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          autoComplete="off"
          aria-describedby={`${ids}-search-hint`}
        />
        <p className="dash-meta rp-hint" id={`${ids}-search-hint`}>
          {t('match.searchHint')}
        </p>
      </div>
      <ReplyError error={error} />
      {results && results.length === 0 && <p className="dash-meta">{t('match.noResults')}</p>}
      {results && results.length > 0 && (
        <ul className="rp-candidates" aria-label={t('match.results')}>
          {results.map((letter) => (
            <li key={letter.letterId}>
              <LetterSummary letter={letter} />
              <button
                type="button"
                className="button button-small"
                onClick={() => onChoose({ letter, via: 'search' })}
              >
                {t('match.choose', { ref: letter.refCode })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
