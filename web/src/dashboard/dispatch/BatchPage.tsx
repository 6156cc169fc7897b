/**
 * A print batch: download its PDF (letters and envelopes ordered by facility; another envelope
 * format for a reprint), post the envelopes, then "Mark posted" with registered-mail tracking
 * numbers where there are any (checked here as the API checks them; a number that comes later is
 * added from the console's list of posted letters). Marking twice changes nothing.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import {
  normalizeTrackingNumber,
  trackingNumberProblem,
  type TrackingNumberProblem,
} from '../../../../shared/tracking-number';
import { dateTime } from '../format';
import { dispatchApi, pdfHref, type Refusal } from './api';
import { today } from './format';
import { ENVELOPES } from './PostGroup';
import { DispatchError } from './DispatchError';
import { DSP } from './strings';

type Result = Awaited<ReturnType<typeof dispatchApi.posted>>;

function Refusals({ list }: { list: readonly Refusal[] }) {
  const { t } = useTranslation(DSP);
  if (list.length === 0) return null;
  return (
    <div className="notice">
      <p>{t('batch.leftOut', { count: list.length })}</p>
      <ul>
        {list.map((r) => (
          <li key={r.letterId}>
            <Link to={`/volunteer/letters/${r.letterId}`}>{r.letterId.slice(0, 8)}</Link>:{' '}
            {t(`refusal.${r.code}`, { defaultValue: r.message })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The batch screen. */
export default function BatchPage() {
  const { t } = useTranslation(DSP);
  const { id = '' } = useParams();
  const skipped = (useLocation().state as { skipped?: Refusal[] } | null)?.skipped ?? [];
  useTitle(t('batch.name', { id: id.slice(0, 8) }));
  const queue = useLoad((signal) => dispatchApi.queue(signal), [id]);
  const batch = queue.data?.batches.find((b) => b.id === id);
  const [tracking, setTracking] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<Record<string, TrackingNumberProblem>>({});
  const [date, setDate] = useState(today());
  const [reprint, setReprint] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [result, setResult] = useState<Result>();

  const post = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const trackingNumbers = Object.entries(tracking)
      .map(([letterId, raw]) => ({ letterId, trackingNumber: normalizeTrackingNumber(raw) }))
      .filter((e) => e.trackingNumber !== '');
    const found = Object.fromEntries(
      trackingNumbers.flatMap(({ letterId, trackingNumber }) => {
        const problem = trackingNumberProblem(trackingNumber);
        return problem ? [[letterId, problem]] : [];
      }),
    );
    setProblems(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(`dsp-track-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      setResult(await dispatchApi.posted(id, { trackingNumbers, date }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="dsp">
      <p className="breadcrumb">
        <Link to="/volunteer/dispatch">{t('title')}</Link>
      </p>
      <h1>{t('batch.name', { id: id.slice(0, 8) })}</h1>
      <Refusals list={skipped} />
      <DispatchError error={queue.error ?? error} />
      {result && (
        <div className="panel success" role="status">
          <p>{t('batch.posted', { count: result.posted.length + result.already.length })}</p>
          <Refusals list={result.refused} />
          <Link className="button" to="/volunteer/dispatch">
            {t('done.back')}
          </Link>
        </div>
      )}
      {!result && queue.data && !batch && <p>{t('batch.closed')}</p>}
      {!result && batch && (
        <>
          <p className="dsp-muted">
            {t('batch.made', { count: batch.letters.length, at: dateTime(batch.createdAt) })}
          </p>
          <ol className="dsp-steps">
            <li className="dsp-download">
              <a className="button" href={pdfHref(id, reprint || undefined)} download>
                {t('batch.download')}
              </a>{' '}
              <label className="dsp-envelope">
                <span>{t('batch.reprint')}</span>
                <select value={reprint} onChange={(e) => setReprint(e.target.value)}>
                  <option value="">{t('batch.asMade')}</option>
                  {ENVELOPES.map((e) => (
                    <option key={e} value={e}>
                      {t(`envelope.${e}`)}
                    </option>
                  ))}
                </select>
              </label>
            </li>
            <li>{t('batch.pack')}</li>
            <li>
              <form onSubmit={(e) => void post(e)} aria-label={t('batch.markPosted')}>
                <p>{t('batch.trackingHint')}</p>
                <ul className="dsp-letters dsp-tracking">
                  {batch.letters.map((l) => (
                    <li key={l.id} className="dsp-letter">
                      <span className="dsp-ref">{l.refCode}</span>
                      <span className="dsp-who">
                        <span className="dsp-dative">{l.dative.text}</span>
                        <span className="dsp-where">{l.facility?.officialName}</span>
                      </span>
                      <span className="dsp-act">
                        <label className="visually-hidden" htmlFor={`dsp-track-${l.id}`}>
                          {t('batch.tracking', { ref: l.refCode })}
                        </label>
                        <input
                          id={`dsp-track-${l.id}`}
                          value={tracking[l.id] ?? ''}
                          placeholder={t('batch.trackingPlaceholder')}
                          autoComplete="off"
                          spellCheck={false}
                          maxLength={40}
                          aria-invalid={problems[l.id] ? true : undefined}
                          aria-describedby={problems[l.id] ? `dsp-track-${l.id}-problem` : undefined}
                          onChange={(e) => {
                            setTracking({ ...tracking, [l.id]: e.target.value });
                            setProblems(({ [l.id]: _, ...rest }) => rest);
                          }}
                        />
                        {problems[l.id] && (
                          <span id={`dsp-track-${l.id}-problem`} className="dsp-track-problem">
                            {t(`tracking.problem.${problems[l.id]}`)}
                          </span>
                        )}
                      </span>
                    </li>
                  ))}
                </ul>
                <div className="dsp-pair">
                  <div className="field">
                    <label htmlFor="dsp-posted-on">{t('batch.date')}</label>
                    <input
                      id="dsp-posted-on"
                      type="date"
                      value={date}
                      max={today()}
                      onChange={(e) => setDate(e.target.value)}
                    />
                  </div>
                </div>
                <button type="submit" className="button" disabled={busy}>
                  {t('batch.markPosted')}
                </button>
              </form>
            </li>
          </ol>
        </>
      )}
    </div>
  );
}
