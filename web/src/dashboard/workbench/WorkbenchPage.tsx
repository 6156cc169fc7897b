/**
 * The workbench screen under /volunteer/workbench/{letters|replies}/:id. Letters are translated
 * into Russian, replies out of it; "approve and take next" submits for review and opens the next
 * item of the same queue. Texts from letters are rendered as text, never as HTML.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import { dashboardApi } from '../api';
import { dateTime, minutesLeft } from '../format';
import { ErrorLine, StatusLine } from '../Notice';
import { useSession } from '../session';
import { workbenchApi, type WorkbenchData, type WorkKind } from './api';
import { registerWorkbenchStrings, WB } from './strings';
import { Workbench } from './Workbench';
import './workbench.css';

registerWorkbenchStrings();

/** The queue each kind of work comes from. */
const QUEUE: Record<WorkKind, string> = { letters: 'letters.translate', replies: 'replies.translate' };

/** Where the workbench for an item lives. */
export const workbenchPath = (kind: WorkKind, id: string) => `/volunteer/workbench/${kind}/${id}`;

function languageName(code: string, ui: string): string {
  try {
    return new Intl.DisplayNames([ui], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function Facts({ data, onTake }: { data: WorkbenchData; onTake: () => void }) {
  const { t, i18n } = useTranslation(WB);
  const { me } = useSession();
  const s = data.subject;
  const claim = s.claim;
  return (
    <>
      <dl className="dash-facts">
        <div>
          <dt>{t('page.to')}</dt>
          <dd>{s.prisonerName}</dd>
        </div>
        {s.writerPseudonym && (
          <div>
            <dt>{t('page.from')}</dt>
            <dd>{s.writerPseudonym}</dd>
          </div>
        )}
        <div>
          <dt>{t('page.pair')}</dt>
          <dd>
            {languageName(s.sourceLanguage, i18n.language)} → {languageName(s.targetLanguage, i18n.language)}
          </dd>
        </div>
        <div>
          <dt className="visually-hidden">{t('page.pair')}</dt>
          <dd className={claim?.userId === me.id ? 'dash-claim-mine' : undefined}>
            {!claim ? (
              <>
                {t('page.notHeld')}{' '}
                {s.status === 'translating' && (
                  <button type="button" className="button button-small button-quiet" onClick={onTake}>
                    {t('page.takeIt')}
                  </button>
                )}
              </>
            ) : claim.userId === me.id ? (
              t('page.yours', { minutes: minutesLeft(claim.until) })
            ) : (
              t('page.heldBy', { name: claim.displayName, time: dateTime(claim.until) })
            )}
          </dd>
        </div>
      </dl>
      {!s.editable && s.status !== 'translating' && (
        <p className="notice">{t('page.readOnly', { status: s.status })}</p>
      )}
    </>
  );
}

/** The workbench page. */
export default function WorkbenchPage() {
  const { t, i18n } = useTranslation(WB);
  const params = useParams();
  const kind: WorkKind = params.kind === 'replies' ? 'replies' : 'letters';
  const id = params.id ?? '';
  const navigate = useNavigate();
  const load = useLoad((signal) => workbenchApi.open(kind, id, signal), [kind, id]);
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<unknown>();
  const data = load.data;
  const ref = data?.subject.refCode ?? '…';
  useTitle(t(kind === 'letters' ? 'page.letter' : 'page.reply', { ref }));

  const submit = async (rows: string[], engine?: string) => {
    await workbenchApi.save(kind, id, rows, true, engine);
    setStatus(t('page.done'));
    const { claim } = await dashboardApi.takeNext(QUEUE[kind]);
    if (claim) void navigate(workbenchPath(kind, claim.id));
    else {
      setStatus(t('page.queueEmpty'));
      load.reload();
    }
  };
  const release = async () => {
    await dashboardApi.release(kind === 'letters' ? 'letter' : 'reply', id).catch(() => undefined);
    void navigate(`/volunteer/queues/${QUEUE[kind]}`);
  };
  const take = () =>
    void dashboardApi.take(kind === 'letters' ? 'letter' : 'reply', id).then(load.reload, setError);

  if (!data) return <ErrorLine error={load.error} />;
  const s = data.subject;
  return (
    <article className="wb-page">
      <p className="breadcrumb">
        <Link to="/volunteer">{t('nav.home', { ns: 'dashboard' })}</Link>
        {' / '}
        <Link to={`/volunteer/queues/${QUEUE[kind]}`}>{t(`queues.${QUEUE[kind]}`, { ns: 'dashboard' })}</Link>
      </p>
      <h1>{t(kind === 'letters' ? 'page.letter' : 'page.reply', { ref })}</h1>
      <Facts data={data} onTake={take} />
      <StatusLine>{status}</StatusLine>
      <ErrorLine error={error} />
      {data.engineProblems.map((p) => (
        <p key={p.engine} className="dash-meta">
          {t('page.engineProblem', {
            engine: t(`engines.${p.engine}`, { defaultValue: p.engine }),
            detail: p.detail,
          })}
        </p>
      ))}
      {data.source.text === '' ? (
        <p className="dash-meta">{t('page.purged')}</p>
      ) : (
        <Workbench
          key={s.id}
          source={data.source}
          sourceLanguage={s.sourceLanguage}
          targetLanguage={s.targetLanguage}
          initialRows={data.rows}
          drafts={data.drafts}
          glossary={data.glossary}
          editable={s.editable}
          spelling={data.spelling}
          check={(rows, signal) => workbenchApi.check(kind, id, rows, i18n.language, signal)}
          save={async (rows, engine) => void (await workbenchApi.save(kind, id, rows, false, engine))}
          submit={submit}
          actions={
            s.claim && (
              <button
                type="button"
                className="button button-small button-quiet"
                onClick={() => void release()}
              >
                {t('page.release')}
              </button>
            )
          }
        />
      )}
      {s.signature && (
        <p className="dash-meta">
          {t('page.signature')}: <span lang={s.sourceLanguage}>{s.signature}</span>
        </p>
      )}
      {kind === 'letters' && (
        <p>
          <Link to={`/volunteer/letters/${id}`}>{t('page.letterPage')}</Link>
        </p>
      )}
    </article>
  );
}
