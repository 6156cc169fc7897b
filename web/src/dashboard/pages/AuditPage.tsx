/** The audit log viewer: every login, claim, reveal, settings change and transition, filterable. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import { dashboardApi, type AuditLine } from '../api';
import { dateTime } from '../format';
import { field } from '../forms';
import { NS } from '../i18n';
import { ErrorLine } from '../Notice';

type Filter = Record<'actorId' | 'action' | 'subjectId' | 'since' | 'until' | 'before', string | undefined>;
const EMPTY: Filter = {
  actorId: undefined,
  action: undefined,
  subjectId: undefined,
  since: undefined,
  until: undefined,
  before: undefined,
};

/** A date input value ("2026-03-01") as an ISO instant at the start (or end) of that day. */
const day = (value: string, end = false) =>
  value ? new Date(`${value}T${end ? '23:59:59' : '00:00:00'}Z`).toISOString() : undefined;
const text = (value: string) => value.trim() || undefined;

function Details({ line }: { line: AuditLine }) {
  const data = line.data ? JSON.stringify(line.data) : '';
  return (
    <>
      {line.reason && <q>{line.reason}</q>} {data && <code className="dash-data">{data}</code>}
    </>
  );
}

/** The audit page. */
export default function AuditPage() {
  const { t } = useTranslation(NS);
  useTitle(t('audit.title'));
  const [filter, setFilter] = useState<Filter>(EMPTY);
  const [pages, setPages] = useState<AuditLine[]>([]);
  const result = useLoad(
    (signal) => dashboardApi.audit({ ...filter, limit: '100' }, signal),
    [JSON.stringify(filter)],
  );
  const lines = [...(filter.before ? pages : []), ...(result.data?.items ?? [])];

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPages([]);
    setFilter({
      actorId: text(field(form, 'actorId')),
      action: text(field(form, 'action')),
      subjectId: text(field(form, 'subjectId')),
      since: day(field(form, 'since')),
      until: day(field(form, 'until'), true),
      before: undefined,
    });
  };
  const older = () => {
    const last = lines.at(-1);
    if (!last) return;
    setPages(lines);
    setFilter({ ...filter, before: last.at });
  };
  const who = (line: AuditLine) =>
    line.actorName ??
    (line.actorType === 'volunteer'
      ? line.actorId?.slice(0, 8)
      : t(`audit.${line.actorType}`, { defaultValue: line.actorType }));

  return (
    <>
      <h1>{t('audit.title')}</h1>
      <form className="panel dash-filters" onSubmit={apply}>
        <div className="field">
          <label htmlFor="audit-action">{t('audit.action')}</label>
          <input id="audit-action" name="action" placeholder="auth." />
        </div>
        <div className="field">
          <label htmlFor="audit-subject">{t('audit.subject')}</label>
          <input id="audit-subject" name="subjectId" />
        </div>
        <div className="field">
          <label htmlFor="audit-actor">{t('audit.actor')}</label>
          <input id="audit-actor" name="actorId" pattern="[0-9a-fA-F-]{36}" />
        </div>
        <div className="field">
          <label htmlFor="audit-since">{t('audit.since')}</label>
          <input id="audit-since" name="since" type="date" />
        </div>
        <div className="field">
          <label htmlFor="audit-until">{t('audit.until')}</label>
          <input id="audit-until" name="until" type="date" />
        </div>
        <div className="dash-actions">
          <button type="submit" className="button button-small">
            {t('audit.filter')}
          </button>
          <button type="reset" className="button button-small button-quiet" onClick={() => setFilter(EMPTY)}>
            {t('audit.clear')}
          </button>
        </div>
      </form>
      <ErrorLine error={result.error} />
      {result.data && lines.length === 0 && <p>{t('audit.empty')}</p>}
      <div className="dash-table-wrap">
        <table className="dash-table dash-audit">
          <thead>
            <tr>
              <th scope="col">{t('audit.when')}</th>
              <th scope="col">{t('audit.who')}</th>
              <th scope="col">{t('audit.what')}</th>
              <th scope="col">{t('audit.about')}</th>
              <th scope="col">{t('audit.why')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={`${line.source}-${line.id}`}>
                <td>
                  <time dateTime={line.at}>{dateTime(line.at)}</time>
                </td>
                <td>{who(line)}</td>
                <td>
                  <code>{line.action}</code>
                </td>
                <td>
                  {line.subjectLabel ??
                    (line.subjectId ? `${line.subjectType ?? ''} ${line.subjectId.slice(0, 12)}` : '—')}
                </td>
                <td>
                  <Details line={line} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.data && result.data.items.length === 100 && (
        <button type="button" className="button button-quiet" onClick={older}>
          {t('audit.older')}
        </button>
      )}
    </>
  );
}
