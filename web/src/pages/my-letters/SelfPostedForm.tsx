/**
 * "I have posted it": the day (today unless the writer says otherwise) and, for registered mail,
 * the tracking number — checked here with the same rules as the API (shared/tracking-number.ts),
 * so a typo is caught in the writer's language before anything is sent.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  normalizeTrackingNumber,
  trackingNumberProblem,
  type TrackingNumberProblem,
} from '../../../../shared/tracking-number';
import { markSelfPosted } from '../../api/writer';
import { ErrorNotice } from '../../components/Status';

/** Today in the writer's own calendar, as YYYY-MM-DD. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const PROBLEM_KEYS: Record<TrackingNumberProblem, string> = {
  format: 'myLetters.selfPost.trackingFormat',
  check_digit: 'myLetters.selfPost.trackingCheckDigit',
};

/** The form; `onDone` reloads the letters once the server recorded it. */
export function SelfPostedForm({ letterId, onDone }: { letterId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const today = localToday();
  const [tracking, setTracking] = useState('');
  const [postedOn, setPostedOn] = useState(today);
  const [problem, setProblem] = useState<TrackingNumberProblem | null>(null);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const number = tracking.trim() === '' ? null : normalizeTrackingNumber(tracking);
    const found = number === null ? null : trackingNumberProblem(number);
    setProblem(found);
    if (found) return;
    setBusy(true);
    setError(undefined);
    try {
      await markSelfPosted(letterId, { trackingNumber: number, postedOn: postedOn || today });
      onDone();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <form className="self-post-posted" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-tracking`}>{t('myLetters.selfPost.tracking')}</label>
        <input
          id={`${id}-tracking`}
          type="text"
          value={tracking}
          onChange={(e) => setTracking(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-tracking-hint`}
          aria-invalid={problem ? true : undefined}
        />
        <p id={`${id}-tracking-hint`} className={problem ? 'small field-error' : 'small muted'}>
          {problem ? t(PROBLEM_KEYS[problem]) : t('myLetters.selfPost.trackingHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-day`}>{t('myLetters.selfPost.postedOn')}</label>
        <input
          id={`${id}-day`}
          type="date"
          value={postedOn}
          max={today}
          onChange={(e) => setPostedOn(e.target.value)}
        />
      </div>
      {error !== undefined && <ErrorNotice error={error} />}
      <button type="submit" className="button" disabled={busy}>
        {t('myLetters.selfPost.posted')}
      </button>
    </form>
  );
}
