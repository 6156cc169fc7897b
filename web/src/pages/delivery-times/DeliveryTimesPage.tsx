/**
 * How long letters take to arrive, by prison: the anonymous public aggregates
 * (GET /api/stats/facilities), in plain words. Only prisons with enough letters appear, and only
 * totals and medians, so no letter or writer can be picked out. A list of cards rather than a
 * table, so it reads on a phone.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FacilityDeliveryStats, PublicFacilityStatsResponse } from '../../../../shared/api/stats';
import { get } from '../../api/client';
import { ErrorNotice, Loading } from '../../components/Status';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import { formatNumber } from '../../i18n/format';
import './delivery-times.css';

/** "8 days", "8 дней", "1,5 Tage": whole and half days in the UI language. */
function useDays(): (value: number | null) => string | null {
  const { t, i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language || 'en', {
    style: 'unit',
    unit: 'day',
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  });
  return (value) => (value === null ? t('deliveryTimes.notYet') : format.format(value));
}

function Prison({ row }: { row: FacilityDeliveryStats }) {
  const { t } = useTranslation();
  const days = useDays();
  const id = `prison-${row.facilityId}`;
  return (
    <li className="delivery-card" aria-labelledby={id}>
      <h2 id={id}>{row.shortName}</h2>
      <p className="muted">{row.region}</p>
      <dl className="delivery-figures">
        <div>
          <dt>{t('deliveryTimes.sent')}</dt>
          <dd>{formatNumber(row.sent)}</dd>
        </div>
        <div>
          <dt>{t('deliveryTimes.delivered')}</dt>
          <dd>{formatNumber(row.delivered)}</dd>
        </div>
        <div>
          <dt>{t('deliveryTimes.stopped')}</dt>
          <dd>{formatNumber(row.stopped)}</dd>
        </div>
        <div>
          <dt>{t('deliveryTimes.toDelivery')}</dt>
          <dd>{days(row.medianDaysToDelivery)}</dd>
        </div>
        <div>
          <dt>{t('deliveryTimes.toReply')}</dt>
          <dd>{days(row.medianDaysToReply)}</dd>
        </div>
      </dl>
    </li>
  );
}

/** The public delivery times page. */
export default function DeliveryTimesPage() {
  const { t } = useTranslation();
  useTitle(t('deliveryTimes.title'));
  const load = useLoad((signal) => get<PublicFacilityStatsResponse>('/stats/facilities', signal), []);
  return (
    <section className="narrow">
      <h1>{t('deliveryTimes.heading')}</h1>
      <p className="lead">{t('deliveryTimes.intro')}</p>
      <p>{t('deliveryTimes.typical')}</p>
      {load.data && (
        <p className="muted">{t('deliveryTimes.privacy', { min: formatNumber(load.data.minLetters) })}</p>
      )}
      {load.error !== undefined && <ErrorNotice error={load.error} />}
      {load.loading && !load.data && <Loading />}
      {load.data &&
        (load.data.facilities.length === 0 ? (
          <p>{t('deliveryTimes.empty')}</p>
        ) : (
          <ul className="delivery-cards">
            {load.data.facilities.map((row) => (
              <Prison key={row.facilityId} row={row} />
            ))}
          </ul>
        ))}
      <p>
        <Link to="/about">{t('deliveryTimes.back')}</Link>
      </p>
    </section>
  );
}
