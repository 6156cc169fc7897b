/**
 * One person for the coordinator: the facts at a glance (facility, whether letters can reach them
 * and why not, letters waiting, source), the edit form, the transfer panel and the facility
 * history. A save or a move replaces the record with the server's, so every part stays in step.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import { dateTime } from '../format';
import type { PrisonerRecord } from './api';
import { directoryApi } from './api';
import { useBackTo } from './back';
import { DirError } from './DirError';
import { PhotoPanel } from './PhotoPanel';
import { PrisonerForm } from './PrisonerForm';
import { DIR } from './strings';
import { TransferPanel } from './TransferPanel';

function Facts({ r }: { r: PrisonerRecord }) {
  const { t } = useTranslation(DIR);
  return (
    <dl className="dash-facts dir-facts" aria-label={t('prisoner.facts')}>
      <div>
        <dt>{t('prisoner.facility')}</dt>
        <dd>
          {r.facility
            ? `${r.facility.shortName} · ${r.facility.region}`
            : r.status === 'in_transit'
              ? t('transfer.inTransitNow')
              : t('transfer.nowhere')}
        </dd>
      </div>
      <div>
        <dt>{t('prisoner.status')}</dt>
        <dd>{t(`statuses.${r.status}`, { defaultValue: r.status })}</dd>
      </div>
      <div>
        <dt>{t('prisoner.canReceive')}</dt>
        <dd title={t('prisoner.derived')}>
          {r.canReceiveLetters
            ? t('prisoner.canReceiveYes')
            : t('prisoner.canReceiveNo', { reasons: r.blockers.map((b) => t(`blockers.${b}`)).join('; ') })}
        </dd>
      </div>
      <div>
        <dt>{t('prisoner.lettersWaiting')}</dt>
        <dd>{t('prisoner.lettersCell', r.letters)}</dd>
      </div>
      <div>
        <dt>{t('prisoner.source')}</dt>
        <dd>
          {r.source}
          {r.sourceId ? ` · ${r.sourceId}` : ''}
          {r.lastSyncedAt ? ` · ${t('prisoner.lastSynced')} ${dateTime(r.lastSyncedAt)}` : ''}
        </dd>
      </div>
    </dl>
  );
}

function History({ r }: { r: PrisonerRecord }) {
  const { t } = useTranslation(DIR);
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title">{t('prisoner.history')}</h2>
      {r.history.length === 0 ? (
        <p className="dash-meta">{t('prisoner.historyEmpty')}</p>
      ) : (
        <ol className="dir-history">
          {r.history.map((h, i) => (
            <li key={i}>
              <strong>
                {h.facility ? `${h.facility.shortName} · ${h.facility.region}` : (h.facilityText ?? '—')}
              </strong>
              <span className="dash-meta">
                {' '}
                {t('prisoner.historyRow', {
                  from: h.arrivedOn ?? t('prisoner.unknownDate'),
                  to: h.leftOn ?? t('prisoner.now'),
                })}{' '}
                · {t('prisoner.historySource', { source: h.source })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The prisoner page. */
export default function PrisonerPage() {
  const { t } = useTranslation(DIR);
  const { id = '' } = useParams();
  const loaded = useLoad((signal) => directoryApi.prisoner(id, signal), [id]);
  const back = useBackTo('/volunteer/directory/prisoners');
  const [record, setRecord] = useState<PrisonerRecord>();
  // The form starts afresh on a (re)load and after a move, which changes status and facility;
  // after its own save it keeps its state (and its "saved" line).
  const [formRound, setFormRound] = useState(0);
  useEffect(() => {
    setRecord(loaded.data);
    setFormRound((n) => n + 1);
  }, [loaded.data]);
  const moved = (next: PrisonerRecord) => {
    setRecord(next);
    setFormRound((n) => n + 1);
  };
  useTitle(record?.fullName ?? t('prisoner.loading'));

  return (
    <>
      <p className="breadcrumb">
        <Link to={back}>← {t('prisoner.back')}</Link>
      </p>
      <DirError error={loaded.error} />
      {!record && !loaded.error && <p className="loading">{t('prisoner.loading')}</p>}
      {record && (
        <>
          <h1>
            {record.fullName}
            {record.birthYear && <span className="dash-meta"> · {record.birthYear}</span>}
          </h1>
          <Facts r={record} />
          <div className="dir-layout">
            <PrisonerForm key={formRound} record={record} onSaved={setRecord} onReload={loaded.reload} />
            <aside className="dir-side">
              <PhotoPanel record={record} onChanged={setRecord} />
              <TransferPanel record={record} onMoved={moved} />
              <History r={record} />
            </aside>
          </div>
        </>
      )}
    </>
  );
}
