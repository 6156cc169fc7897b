/**
 * Finds an open facility as the coordinator types (any script, nicknames, towns) and offers the
 * matches as a radio group — short name and region first, the official name below — so the
 * choice works with arrow keys and is announced by screen readers.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { directoryApi, type Facility } from './api';
import { DirError } from './DirError';
import { DIR } from './strings';

/** The picker; `value` is the chosen facility. */
export function FacilityPicker({
  value,
  onChange,
  exclude,
}: {
  value: Facility | undefined;
  onChange: (facility: Facility | undefined) => void;
  /** A facility not to offer (where the person is now). */
  exclude?: string | undefined;
}) {
  const { t } = useTranslation(DIR);
  const id = useId();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Facility[]>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const query = q.trim();
    if (query.length < 2) {
      setFound(undefined);
      return;
    }
    const controller = new AbortController();
    // Wait for a pause in typing before asking.
    const timer = setTimeout(() => {
      setBusy(true);
      directoryApi
        .facilities({ q: query, closed: 'false', limit: 8 }, controller.signal)
        .then(
          (page) => {
            setFound(page.items.filter((f) => f.id !== exclude));
            setError(undefined);
          },
          (caught: unknown) => !controller.signal.aborted && setError(caught),
        )
        .finally(() => !controller.signal.aborted && setBusy(false));
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, exclude]);

  const options = found ?? [];
  // Keep the chosen facility visible even when a new search no longer lists it.
  const shown = value && !options.some((f) => f.id === value.id) ? [value, ...options] : options;

  return (
    <div className="dir-picker">
      <div className="field">
        <label htmlFor={`${id}-q`}>{t('transfer.search')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={q}
          maxLength={200}
          autoComplete="off"
          aria-describedby={`${id}-hint`}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => {
            // Enter would submit the transfer form; here it means "take the first match".
            if (e.key === 'Enter') {
              e.preventDefault();
              if (options[0]) onChange(options[0]);
            }
          }}
        />
        <p className="dir-hint" id={`${id}-hint`}>
          {t('transfer.searchHint')}
        </p>
      </div>
      <DirError error={error} />
      <p className="visually-hidden" role="status">
        {busy ? t('transfer.searching') : found && found.length === 0 ? t('transfer.noResults') : ''}
      </p>
      {found && found.length === 0 && !busy && <p className="dash-meta">{t('transfer.noResults')}</p>}
      {shown.length > 0 && (
        <fieldset className="dir-options">
          <legend className="visually-hidden">{t('transfer.results')}</legend>
          {shown.map((f) => (
            <label key={f.id} className={`dir-option${value?.id === f.id ? ' dir-option-chosen' : ''}`}>
              <input
                type="radio"
                name={`${id}-facility`}
                value={f.id}
                checked={value?.id === f.id}
                onChange={() => onChange(f)}
              />
              <span>
                <strong>{f.shortName}</strong> · {f.region}
                {f.nicknames.length > 0 && <span className="dash-meta"> ({f.nicknames.join(', ')})</span>}
                <span className="dir-latin">{f.officialName}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
