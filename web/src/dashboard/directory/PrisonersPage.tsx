/**
 * The coordinator's prisoner list: search everyone in the directory (listed or not) by name in any
 * script, interest or summary words; filter by status and listing; see each person's facility,
 * whether letters can reach them and the letters waiting; open one to edit. The search lives in
 * the address, so going back returns to the same results.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import { field } from '../forms';
import { ErrorLine } from '../Notice';
import { directoryApi, STATUSES, type ListedPrisoner } from './api';
import { useBackState } from './back';
import { DIR } from './strings';

function Row({ p, backState }: { p: ListedPrisoner; backState: { back: string } }) {
  const { t } = useTranslation(DIR);
  return (
    <tr>
      <th scope="row">
        <Link to={`/volunteer/directory/prisoners/${p.id}`} state={backState}>
          {p.name.full}
        </Link>
        {p.birthYear && <span className="dash-meta"> · {p.birthYear}</span>}
        {(!p.consentToList || p.isDemo) && (
          <span className="dir-tags">
            {!p.consentToList && <span className="dir-tag">{t('prisoners.notListed')}</span>}
            {p.isDemo && <span className="dir-tag">{t('prisoners.demo')}</span>}
          </span>
        )}
        {p.name.latin[0] && <span className="dir-latin">{p.name.latin[0]}</span>}
      </th>
      <td data-label={t('prisoners.status')}>{t(`statuses.${p.status}`, { defaultValue: p.status })}</td>
      <td data-label={t('prisoners.facility')}>
        {p.facility ? (
          <span>
            {p.facility.shortName}
            <span className="dir-latin">{p.facility.region}</span>
          </span>
        ) : p.status === 'in_transit' ? (
          t('prisoners.inTransit')
        ) : (
          t('prisoners.noFacility')
        )}
      </td>
      <td data-label={t('prisoners.canReceive')}>
        {p.canReceiveLetters ? t('prisoners.yes') : t('prisoners.no')}
      </td>
      <td className="dir-num" data-label={t('prisoners.letters')}>
        {p.letters.waiting || p.letters.onHold
          ? t('prisoners.lettersCell', { waiting: p.letters.waiting, onHold: p.letters.onHold })
          : '—'}
      </td>
    </tr>
  );
}

/** The prisoners page. */
export default function PrisonersPage() {
  const { t, i18n } = useTranslation(DIR);
  useTitle(t('prisoners.title'));
  const [params, setParams] = useSearchParams();
  const backState = useBackState();
  const q = params.get('q') ?? '';
  const status = params.get('status') ?? '';
  const listed = params.get('listed') ?? '';
  const lang = i18n.language.slice(0, 2);
  const first = useLoad(
    (signal) => directoryApi.prisoners({ q, status, listed, lang }, signal),
    [q, status, listed, lang],
  );
  // Further pages are appended below the first ("Show more"), and dropped when the search changes.
  const [more, setMore] = useState<{ items: ListedPrisoner[]; cursor: string | null }>();
  const [moreError, setMoreError] = useState<unknown>();
  useEffect(() => setMore(undefined), [first.data]);

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of ['q', 'status', 'listed'])
      if (field(form, name).trim()) next.set(name, field(form, name).trim());
    setParams(next);
  };
  const cursor = more ? more.cursor : (first.data?.nextCursor ?? null);
  const loadMore = async () => {
    if (!cursor) return;
    try {
      const page = await directoryApi.prisoners({ q, status, listed, lang, cursor });
      setMore((m) => ({ items: [...(m?.items ?? []), ...page.items], cursor: page.nextCursor }));
    } catch (caught) {
      setMoreError(caught);
    }
  };
  const items = [...(first.data?.items ?? []), ...(more?.items ?? [])];

  return (
    <>
      <h1>{t('prisoners.title')}</h1>
      <p className="dash-meta">{t('prisoners.intro')}</p>
      <form className="panel dir-search" role="search" onSubmit={search} key={params.toString()}>
        <div className="field dir-search-q">
          <label htmlFor="prisoners-q">{t('prisoners.search')}</label>
          <input id="prisoners-q" name="q" type="search" defaultValue={q} maxLength={200} autoFocus />
        </div>
        <div className="field">
          <label htmlFor="prisoners-status">{t('prisoners.status')}</label>
          <select id="prisoners-status" name="status" defaultValue={status}>
            <option value="">{t('prisoners.anyStatus')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="prisoners-listed">{t('prisoners.listed')}</label>
          <select id="prisoners-listed" name="listed" defaultValue={listed}>
            <option value="">{t('prisoners.listedAny')}</option>
            <option value="true">{t('prisoners.listedYes')}</option>
            <option value="false">{t('prisoners.listedNo')}</option>
          </select>
        </div>
        <div className="dash-actions">
          <button type="submit" className="button">
            {t('prisoners.find')}
          </button>
        </div>
      </form>
      <ErrorLine error={first.error} />
      {first.loading && !first.data && <p className="loading">…</p>}
      {first.data && (
        <>
          <p className="dash-count" role="status">
            {t('prisoners.count', { count: first.data.total })}
          </p>
          {items.length === 0 ? (
            <p>{t('prisoners.empty')}</p>
          ) : (
            <div className="dash-table-wrap">
              <table className="dash-table dir-table">
                <thead>
                  <tr>
                    <th scope="col">{t('prisoners.name')}</th>
                    <th scope="col">{t('prisoners.status')}</th>
                    <th scope="col">{t('prisoners.facility')}</th>
                    <th scope="col">{t('prisoners.canReceive')}</th>
                    <th scope="col">{t('prisoners.letters')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((p) => (
                    <Row key={p.id} p={p} backState={backState} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <ErrorLine error={moreError} />
          {cursor && (
            <p>
              <button type="button" className="button button-quiet" onClick={() => void loadMore()}>
                {t('prisoners.more')}
              </button>
            </p>
          )}
        </>
      )}
    </>
  );
}
