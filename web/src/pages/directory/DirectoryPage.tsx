/**
 * The directory: search by name in Latin or Cyrillic (the API finds both), filters, and cards.
 * Filters live in the URL, so a search can be shared and the back button works.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { BIRTHDAY_SOON_DAYS } from '../../../../shared/limits';
import { searchPrisoners, type DirectoryQuery } from '../../api/directory';
import type { Prisoner } from '../../api/types';
import { PrisonerCard } from '../../components/PrisonerCard';
import { ErrorNotice, Loading } from '../../components/Status';
import { useTitle } from '../../components/useTitle';
import { formatNumber } from '../../i18n/format';

const STATUSES = ['pre_trial', 'convicted', 'in_transit'] as const;

function queryFrom(params: URLSearchParams, lang: string): DirectoryQuery {
  const query: DirectoryQuery = { lang };
  for (const key of ['q', 'region', 'status', 'interest', 'birthdayMonth', 'birthdayWithinDays'] as const) {
    const value = params.get(key);
    if (value) query[key] = value;
  }
  if (params.get('all') !== '1') query.canReceiveLetters = true;
  return query;
}

/** The directory page. */
export default function DirectoryPage() {
  const { t, i18n } = useTranslation();
  useTitle(t('directory.title'));
  const [params, setParams] = useSearchParams();
  const [items, setItems] = useState<Prisoner[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);
  const key = params.toString();

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    searchPrisoners(queryFrom(params, i18n.language), controller.signal).then(
      (page) => {
        setItems(page.items);
        setTotal(page.total);
        setCursor(page.nextCursor);
        setLoading(false);
      },
      (e: unknown) => {
        if (controller.signal.aborted) return;
        setError(e);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [key, i18n.language]);

  const loadMore = async () => {
    if (!cursor) return;
    setLoading(true);
    try {
      const page = await searchPrisoners({ ...queryFrom(params, i18n.language), cursor });
      setItems((prev) => [...prev, ...page.items]);
      setCursor(page.nextCursor);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of ['q', 'region', 'status', 'interest']) {
      const raw = form.get(name);
      const value = typeof raw === 'string' ? raw.trim() : '';
      if (value) next.set(name, value);
    }
    // "Soon" is the next 30 days, across a month's end: not the rest of this calendar month.
    if (form.get('birthdaySoon')) next.set('birthdayWithinDays', String(BIRTHDAY_SOON_DAYS));
    if (form.get('all')) next.set('all', '1');
    setParams(next);
  };

  return (
    <>
      <h1>{t('directory.heading')}</h1>
      <p className="lead">{t('directory.intro')}</p>
      <form className="search-form" role="search" onSubmit={onSubmit} key={key}>
        <div className="field search-field">
          <label htmlFor="q">{t('directory.searchLabel')}</label>
          <div className="search-row">
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={params.get('q') ?? ''}
              placeholder={t('directory.searchPlaceholder')}
              autoComplete="off"
            />
            <button type="submit" className="button">
              {t('directory.search')}
            </button>
          </div>
        </div>
        <details
          className="filters"
          open={Boolean(params.get('region') || params.get('status') || params.get('interest'))}
        >
          <summary>{t('directory.filters')}</summary>
          <div className="filter-grid">
            <div className="field">
              <label htmlFor="region">{t('directory.region')}</label>
              <input id="region" name="region" defaultValue={params.get('region') ?? ''} />
            </div>
            <div className="field">
              <label htmlFor="interest">{t('directory.interest')}</label>
              <input id="interest" name="interest" defaultValue={params.get('interest') ?? ''} />
            </div>
            <div className="field">
              <label htmlFor="status">{t('directory.status')}</label>
              <select id="status" name="status" defaultValue={params.get('status') ?? ''}>
                <option value="">{t('directory.anyStatus')}</option>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`prisonerStatus.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <label className="check">
              <input
                type="checkbox"
                name="birthdaySoon"
                defaultChecked={Boolean(params.get('birthdayWithinDays'))}
              />
              {t('directory.birthdaySoon')}
            </label>
            <label className="check">
              <input type="checkbox" name="all" defaultChecked={params.get('all') === '1'} />
              {t('directory.includeUnreachable')}
            </label>
          </div>
        </details>
      </form>

      <div aria-live="polite" className="result-count">
        {total !== null && !loading && (
          <p>{t('directory.results', { count: total, formatted: formatNumber(total) })}</p>
        )}
      </div>
      {error !== undefined && <ErrorNotice error={error} />}
      {items.length > 0 && (
        <ul className="card-grid" aria-label={t('directory.resultsLabel')}>
          {items.map((p) => (
            <li key={p.id}>
              <PrisonerCard prisoner={p} headingLevel={2} />
            </li>
          ))}
        </ul>
      )}
      {loading && <Loading />}
      {!loading && total === 0 && <p>{t('directory.noResults')}</p>}
      {cursor && !loading && (
        <p className="center">
          <button type="button" className="button button-quiet" onClick={() => void loadMore()}>
            {t('directory.more')}
          </button>
        </p>
      )}
    </>
  );
}
