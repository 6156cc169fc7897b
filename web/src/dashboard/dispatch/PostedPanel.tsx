/**
 * Letters posted lately, each with its tracking number: where a dispatcher adds the number of a
 * registered letter once the receipt is home, or corrects one. Closed by default — it is the
 * console's back office — and says in its heading how many still have no number. A filter finds a
 * letter by reference code, prisoner or number.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLoad } from '../../components/useLoad';
import { dateTime } from '../format';
import { dispatchApi } from './api';
import { DispatchError } from './DispatchError';
import { DSP } from './strings';
import { TrackingForm } from './TrackingForm';

/** The panel of posted letters (dispatchers). */
export function PostedPanel() {
  const { t } = useTranslation(DSP);
  const posted = useLoad((signal) => dispatchApi.recentlyPosted(signal), []);
  const [filter, setFilter] = useState('');
  const letters = posted.data?.letters ?? [];
  const missing = letters.filter((l) => !l.trackingNumber).length;
  const needle = filter.trim().toLowerCase();
  const shown = needle
    ? letters.filter((l) =>
        [l.refCode, l.prisonerName, l.trackingNumber ?? ''].some((s) => s.toLowerCase().includes(needle)),
      )
    : letters;

  return (
    <details className="dsp-posted" data-testid="posted-panel">
      <summary>
        <span className="dsp-posted-title">{t('posted.title', { days: posted.data?.days ?? 90 })}</span>
        {posted.data && (
          <span className="dsp-muted">
            {' '}
            · {t('posted.count', { count: letters.length })}
            {missing > 0 && <> · {t('posted.missing', { count: missing })}</>}
          </span>
        )}
      </summary>
      <DispatchError error={posted.error} />
      {posted.data && letters.length === 0 && <p className="dsp-muted">{t('posted.none')}</p>}
      {letters.length > 0 && (
        <>
          <p className="dsp-muted">{t('posted.intro')}</p>
          <div className="field dsp-posted-filter">
            <label htmlFor="dsp-posted-filter">{t('posted.filter')}</label>
            <input
              id="dsp-posted-filter"
              type="search"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              autoComplete="off"
            />
          </div>
          <ul
            className="dsp-letters dsp-tracking"
            aria-label={t('posted.title', { days: posted.data!.days })}
          >
            {shown.map((l) => (
              <li key={l.letterId} className="dsp-letter">
                <span className="dsp-ref">
                  <Link to={`/volunteer/letters/${l.letterId}`}>{l.refCode}</Link>
                </span>
                <span className="dsp-who">
                  <span className="dsp-name">{l.prisonerName}</span>
                  <span className="dsp-where">
                    {[l.facility, t('posted.on', { date: dateTime(l.postedAt) })].filter(Boolean).join(' · ')}
                  </span>
                </span>
                <span className="dsp-act">
                  <TrackingForm letterId={l.letterId} refCode={l.refCode} current={l.trackingNumber} />
                </span>
              </li>
            ))}
          </ul>
          {shown.length === 0 && <p className="dsp-muted">{t('posted.noMatch')}</p>}
        </>
      )}
    </details>
  );
}
