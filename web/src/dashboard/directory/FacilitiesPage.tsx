/**
 * The facility registry for coordinators: search by name, nickname, town or region in any script;
 * filter open/closed and by channel; each row with its region, the people recorded there and the
 * channels that reach it; open one to edit. The search lives in the address.
 */
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import { field } from '../forms';
import { CHANNELS, directoryApi, type Facility } from './api';
import { useBackState } from './back';
import { DirError } from './DirError';
import { DIR } from './strings';

const PAGE = 50;

function Channels({ f }: { f: Facility }) {
  const { t } = useTranslation(DIR);
  const working = f.channels.filter((c) => c.available);
  if (working.length === 0) return <span className="dash-meta">{t('facilities.none')}</span>;
  return (
    <ul className="dir-chips">
      {working.map((c) => (
        <li key={c.channel} className="dir-tag">
          {t(`channels.${c.channel}`, { defaultValue: c.channel })}
        </li>
      ))}
    </ul>
  );
}

/** The facilities page. */
export default function FacilitiesPage() {
  const { t } = useTranslation(DIR);
  useTitle(t('facilities.title'));
  const [params, setParams] = useSearchParams();
  const backState = useBackState();
  const q = params.get('q') ?? '';
  const closed = params.get('closed') ?? 'false';
  const channel = params.get('channel') ?? '';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const page = useLoad(
    (signal) =>
      directoryApi.facilities(
        { q, closed: closed === 'all' ? undefined : closed, channel, offset, limit: PAGE },
        signal,
      ),
    [q, closed, channel, offset],
  );

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of ['q', 'closed', 'channel'])
      if (field(form, name).trim()) next.set(name, field(form, name).trim());
    setParams(next);
  };
  const go = (to: number) => {
    const next = new URLSearchParams(params);
    next.set('offset', String(to));
    setParams(next);
  };
  const total = page.data?.total ?? 0;

  return (
    <>
      <h1>{t('facilities.title')}</h1>
      <p className="dash-meta">{t('facilities.intro')}</p>
      <form className="panel dir-search" role="search" onSubmit={search} key={params.toString()}>
        <div className="field dir-search-q">
          <label htmlFor="facilities-q">{t('facilities.search')}</label>
          <input id="facilities-q" name="q" type="search" defaultValue={q} maxLength={200} autoFocus />
        </div>
        <div className="field">
          <label htmlFor="facilities-closed">{t('facilities.closed')}</label>
          <select id="facilities-closed" name="closed" defaultValue={closed}>
            <option value="false">{t('facilities.openOnly')}</option>
            <option value="true">{t('facilities.closedOnly')}</option>
            <option value="all">{t('facilities.all')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="facilities-channel">{t('facilities.channel')}</label>
          <select id="facilities-channel" name="channel" defaultValue={channel}>
            <option value="">{t('facilities.anyChannel')}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`channels.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="dash-actions">
          <button type="submit" className="button">
            {t('facilities.find')}
          </button>
        </div>
      </form>
      <DirError error={page.error} />
      {page.loading && !page.data && <p className="loading">…</p>}
      {page.data && (
        <>
          <p className="dash-count" role="status">
            {t('facilities.count', { count: total })}
          </p>
          {page.data.items.length === 0 ? (
            <p>{t('facilities.empty')}</p>
          ) : (
            <div className="dash-table-wrap">
              <table className="dash-table dir-table">
                <thead>
                  <tr>
                    <th scope="col">{t('facilities.name')}</th>
                    <th scope="col">{t('facilities.region')}</th>
                    <th scope="col">{t('facilities.people')}</th>
                    <th scope="col">{t('facilities.channels')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.data.items.map((f) => (
                    <tr key={f.id}>
                      <th scope="row">
                        <Link to={`/volunteer/directory/facilities/${f.id}`} state={backState}>
                          {f.shortName}
                        </Link>
                        {f.nicknames.length > 0 && (
                          <span className="dash-meta"> ({f.nicknames.join(', ')})</span>
                        )}
                        {f.closedOn && (
                          <span className="dir-tags">
                            <span className="dir-tag dir-tag-closed">
                              {t('facilities.closedOn', { date: f.closedOn })}
                            </span>
                          </span>
                        )}
                        <span className="dir-latin">{f.officialName}</span>
                      </th>
                      <td data-label={t('facilities.region')}>
                        <span>
                          {f.region}
                          {f.occupied && <span className="dir-latin">{t('facilities.occupied')}</span>}
                        </span>
                      </td>
                      <td className="dir-num" data-label={t('facilities.people')}>
                        {f.prisonersCount}
                      </td>
                      <td data-label={t('facilities.channels')}>
                        <Channels f={f} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {total > PAGE && (
            <nav className="dash-actions dir-pages" aria-label={t('facilities.title')}>
              <button
                type="button"
                className="button button-small button-quiet"
                disabled={offset === 0}
                onClick={() => go(Math.max(0, offset - PAGE))}
              >
                {t('facilities.previous')}
              </button>
              <span className="dash-meta">
                {t('facilities.page', { from: offset + 1, to: Math.min(total, offset + PAGE), total })}
              </span>
              <button
                type="button"
                className="button button-small button-quiet"
                disabled={offset + PAGE >= total}
                onClick={() => go(offset + PAGE)}
              >
                {t('facilities.next')}
              </button>
            </nav>
          )}
        </>
      )}
    </>
  );
}
