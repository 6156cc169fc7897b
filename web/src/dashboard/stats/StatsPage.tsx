/**
 * Delivery statistics for coordinators: per facility, letters sent, delivered and stopped, the
 * share delivered, and the median days to delivery and to the first reply, sortable by any column
 * and filtered by facility or region; above it, what each channel cost. Numbers in the UI language.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import { money } from '../dispatch/format';
import { ErrorLine } from '../Notice';
import { statsApi, type ChannelCost } from './api';
import { deliveryRate, filterRows, sortRows, type Direction, type SortKey } from './sort';
import { registerStatsStrings, STATS } from './strings';
import './stats.css';

registerStatsStrings();

/** Numbers, shares and day counts in the UI language; a dash for "no data yet". */
function useFormats() {
  const { i18n } = useTranslation(STATS);
  const locale = i18n.language || 'en';
  const integer = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const days = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return {
    locale,
    count: (n: number) => integer.format(n),
    rate: (share: number | null) => (share === null ? '—' : percent.format(share)),
    days: (n: number | null) => (n === null ? '—' : days.format(n)),
  };
}

const COLUMNS: { key: SortKey; numeric: boolean }[] = [
  { key: 'shortName', numeric: false },
  { key: 'region', numeric: false },
  { key: 'sent', numeric: true },
  { key: 'delivered', numeric: true },
  { key: 'stopped', numeric: true },
  { key: 'rate', numeric: true },
  { key: 'medianDaysToDelivery', numeric: true },
  { key: 'medianDaysToReply', numeric: true },
];

function Costs({ channels }: { channels: ChannelCost[] }) {
  const { t } = useTranslation(STATS);
  const f = useFormats();
  return (
    <section aria-labelledby="stats-costs">
      <h2 id="stats-costs">{t('costs.title')}</h2>
      {channels.length === 0 ? (
        <p>{t('costs.empty')}</p>
      ) : (
        <div className="dash-table-wrap">
          <table className="dash-table stats-table stats-costs">
            <thead>
              <tr>
                <th scope="col">{t('costs.channel')}</th>
                <th scope="col" className="stats-num">
                  {t('costs.letters')}
                </th>
                <th scope="col" className="stats-num">
                  {t('costs.priced')}
                </th>
                <th scope="col" className="stats-num">
                  {t('costs.total')}
                </th>
                <th scope="col" className="stats-num">
                  {t('costs.average')}
                </th>
              </tr>
            </thead>
            <tbody>
              {channels.map((c) => (
                <tr key={`${c.channel}-${c.currency}`}>
                  <th scope="row">{t(`channels.${c.channel}`, { defaultValue: c.channel })}</th>
                  <td className="stats-num" data-label={t('costs.letters')}>
                    {f.count(c.letters)}
                  </td>
                  <td className="stats-num" data-label={t('costs.priced')}>
                    {f.count(c.priced)}
                  </td>
                  <td className="stats-num" data-label={t('costs.total')}>
                    {money(c.totalMinor, c.currency)}
                  </td>
                  <td className="stats-num" data-label={t('costs.average')}>
                    {c.averageMinor === null ? '—' : money(c.averageMinor, c.currency)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The statistics page. */
export default function StatsPage() {
  const { t } = useTranslation(STATS);
  useTitle(t('title'));
  const f = useFormats();
  const load = useLoad((signal) => statsApi.facilities(signal), []);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; direction: Direction }>({
    key: 'sent',
    direction: 'descending',
  });

  const facilities = load.data?.facilities ?? [];
  const rows = sortRows(filterRows(facilities, query), sort.key, sort.direction, f.locale);
  const sortBy = (key: SortKey, numeric: boolean) =>
    setSort((now) =>
      now.key === key
        ? { key, direction: now.direction === 'ascending' ? 'descending' : 'ascending' }
        : // Numbers read best largest first, names from A.
          { key, direction: numeric ? 'descending' : 'ascending' },
    );

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="dash-meta">{t('intro')}</p>
      <ErrorLine error={load.error} />
      {load.loading && !load.data && <p className="loading">…</p>}
      {load.data && (
        <>
          <Costs channels={load.data.channels} />
          <section aria-labelledby="stats-facilities">
            <h2 id="stats-facilities">{t('facilities.title')}</h2>
            <div className="panel stats-filter" role="search">
              <div className="field">
                <label htmlFor="stats-q">{t('facilities.filter')}</label>
                <input
                  id="stats-q"
                  type="search"
                  value={query}
                  maxLength={200}
                  onChange={(event) => setQuery(event.target.value)}
                />
              </div>
            </div>
            <p className="dash-count" role="status">
              {t('facilities.count', { shown: f.count(rows.length), total: f.count(facilities.length) })}
            </p>
            {rows.length === 0 ? (
              <p>{facilities.length === 0 ? t('facilities.empty') : t('facilities.noMatch')}</p>
            ) : (
              <div className="dash-table-wrap">
                <table className="dash-table stats-table">
                  <caption className="visually-hidden">{t('facilities.caption')}</caption>
                  <thead>
                    <tr>
                      {COLUMNS.map((col) => (
                        <th
                          key={col.key}
                          scope="col"
                          className={col.numeric ? 'stats-num' : undefined}
                          aria-sort={sort.key === col.key ? sort.direction : undefined}
                        >
                          <button
                            type="button"
                            className="stats-sort"
                            onClick={() => sortBy(col.key, col.numeric)}
                          >
                            {t(`columns.${col.key}`)}
                            <span aria-hidden="true" className="stats-arrow">
                              {sort.key !== col.key ? '' : sort.direction === 'ascending' ? ' ▲' : ' ▼'}
                            </span>
                          </button>
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.facilityId}>
                        <th scope="row">
                          {row.shortName}
                          <span className="stats-official">{row.officialName}</span>
                        </th>
                        <td data-label={t('columns.region')}>{row.region}</td>
                        <td className="stats-num" data-label={t('columns.sent')}>
                          {f.count(row.sent)}
                        </td>
                        <td className="stats-num" data-label={t('columns.delivered')}>
                          {f.count(row.delivered)}
                        </td>
                        <td className="stats-num" data-label={t('columns.stopped')}>
                          {f.count(row.stopped)}
                        </td>
                        <td className="stats-num" data-label={t('columns.rate')}>
                          {f.rate(deliveryRate(row))}
                        </td>
                        <td className="stats-num" data-label={t('columns.medianDaysToDelivery')}>
                          {f.days(row.medianDaysToDelivery)}
                        </td>
                        <td className="stats-num" data-label={t('columns.medianDaysToReply')}>
                          {f.days(row.medianDaysToReply)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <p className="dash-meta">{t('facilities.note')}</p>
          </section>
        </>
      )}
    </>
  );
}
