/**
 * One posted letter's registered-mail tracking number: add it when the receipt comes home, correct
 * a typo, or empty the field to remove a number given to the wrong letter. The number is checked
 * here first (shared/tracking-number.ts, the same rules as the API), so a typo is caught before it
 * is sent; the server's answer — a number another letter holds, say — is shown beside the field.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import {
  normalizeTrackingNumber,
  trackingNumberProblem,
  type TrackingNumberProblem,
} from '../../../../shared/tracking-number';
import { dispatchApi, type TrackingChange } from './api';
import { DispatchError } from './DispatchError';
import { DSP, registerDispatchStrings } from './strings';
import './tracking.css';

// The letter page uses this form outside the console's routes, where the strings are not yet loaded.
registerDispatchStrings();

/** Props of the tracking form. */
export interface TrackingFormProps {
  letterId: string;
  refCode: string;
  /** The number on record, if any. */
  current: string | null;
  /** Show the label (the letter page) or keep it for screen readers (a list whose rows name the letter). */
  visibleLabel?: boolean;
  onSaved?: (change: TrackingChange) => void;
}

/** What is wrong with what was typed, or null (an empty field is fine: it removes the number). */
function problemOf(raw: string): TrackingNumberProblem | null {
  return raw.trim() === '' ? null : trackingNumberProblem(normalizeTrackingNumber(raw));
}

/** The tracking-number field with its save button. */
export function TrackingForm({ letterId, refCode, current, visibleLabel, onSaved }: TrackingFormProps) {
  const { t } = useTranslation(DSP);
  const id = useId();
  const [value, setValue] = useState(current ?? '');
  const [onRecord, setOnRecord] = useState(current);
  const [problem, setProblem] = useState<TrackingNumberProblem | null>(null);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<'saved' | 'removed'>();
  useEffect(() => {
    setValue(current ?? '');
    setOnRecord(current);
  }, [current]);

  const wanted = value.trim() === '' ? null : normalizeTrackingNumber(value);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(undefined);
    setError(undefined);
    const found = problemOf(value);
    setProblem(found);
    if (found || wanted === onRecord) return;
    setBusy(true);
    try {
      const change = await dispatchApi.setTracking(letterId, wanted);
      setOnRecord(change.trackingNumber);
      setValue(change.trackingNumber ?? '');
      setSaved(change.trackingNumber ? 'saved' : 'removed');
      onSaved?.(change);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const action = wanted === null && onRecord ? 'remove' : onRecord ? 'correct' : 'add';

  return (
    <form className="dsp-track" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={id} className={visibleLabel ? 'dsp-track-label' : 'visually-hidden'}>
        {t('tracking.label', { ref: refCode })}
      </label>
      <div className="dsp-track-row">
        <input
          id={id}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setProblem(null);
            setSaved(undefined);
          }}
          onBlur={() => setProblem(problemOf(value))}
          placeholder={t('tracking.placeholder')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-note`}
        />
        <button
          type="submit"
          className="button button-small button-quiet"
          disabled={busy || wanted === onRecord}
        >
          {t(`tracking.${action}`)}
        </button>
      </div>
      <p id={`${id}-note`} className={problem ? 'dsp-track-problem' : 'dsp-track-hint'} aria-live="polite">
        {problem
          ? t(`tracking.problem.${problem}`)
          : saved
            ? t(`tracking.${saved}`)
            : visibleLabel
              ? t('tracking.hint')
              : null}
      </p>
      {error instanceof ApiError && error.code === 'external_ref_taken' ? (
        <p className="notice notice-error" role="alert">
          {t('tracking.taken')}
        </p>
      ) : (
        <DispatchError error={error} />
      )}
    </form>
  );
}
