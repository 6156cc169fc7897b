/**
 * The dispatcher's queue: budgets at the top, then approved letters by the channel routing chose
 * (count and cost in each heading), cards left open and print batches not yet posted, and at the
 * foot the letters posted lately with their tracking numbers. Key n opens the oldest e-letter's
 * card, r reloads.
 */
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import { age } from '../format';
import { useCan } from '../session';
import { useShortcuts } from '../shortcuts';
import { dispatchApi, type QueueGroup } from './api';
import { BudgetPanel } from './BudgetPanel';
import { totals } from './format';
import { LetterList } from './LetterList';
import { PostedPanel } from './PostedPanel';
import { PostGroup } from './PostGroup';
import { SenderPanel } from './SenderPanel';
import { DispatchError } from './DispatchError';
import { DSP } from './strings';

function GroupHeading({ group }: { group: QueueGroup }) {
  const { t } = useTranslation(DSP);
  const name = group.channel ? t(`channel.${group.channel}`) : t('group.none');
  return (
    <h2 id={`dsp-group-${group.channel ?? 'none'}`}>
      {name} <span className="dsp-count">{group.count}</span>
      {group.totals.length > 0 && <span className="dsp-sum">≈ {totals(group.totals)}</span>}
      {group.unpriced > 0 && (
        <span className="dsp-sum dsp-muted">{t('group.unpriced', { count: group.unpriced })}</span>
      )}
    </h2>
  );
}

/** The console's main screen. */
export default function DispatchPage() {
  const { t } = useTranslation(DSP);
  const can = useCan();
  const navigate = useNavigate();
  const dispatcher = can('letters.dispatch');
  useTitle(t('title'));
  const queue = useLoad(
    (signal) => (dispatcher ? dispatchApi.queue(signal) : Promise.resolve(undefined)),
    [dispatcher],
  );
  const channels = useLoad((signal) => dispatchApi.channels(signal), []);
  const reload = () => {
    queue.reload();
    channels.reload();
  };
  const data = queue.data;
  const nextCard = data?.groups.find((g) => g.kind === 'assisted' && g.count > 0)?.letters[0];
  useShortcuts({
    n: () => nextCard && void navigate(`/volunteer/dispatch/letters/${nextCard.id}`),
    r: reload,
  });
  const budgets = data?.budgets ?? channels.data?.channels.flatMap((c) => (c.budget ? [c.budget] : [])) ?? [];

  return (
    <div className="dsp">
      <div className="dsp-title">
        <h1>{t('title')}</h1>
        {dispatcher && (
          <p className="dsp-keys">
            {nextCard ? (
              <Link className="button button-small" to={`/volunteer/dispatch/letters/${nextCard.id}`}>
                {t('queue.next')} <kbd>n</kbd>
              </Link>
            ) : null}
            <button type="button" className="button button-small button-quiet" onClick={reload}>
              {t('queue.reload')} <kbd>r</kbd>
            </button>
          </p>
        )}
      </div>
      <DispatchError error={queue.error ?? channels.error} />
      {data && data.groups.length > 0 && (
        <nav className="dsp-summary" aria-label={t('queue.summary')}>
          {data.groups.map((g) => (
            <a key={g.channel ?? 'none'} href={`#dsp-group-${g.channel ?? 'none'}`}>
              {g.channel ? t(`channel.${g.channel}`) : t('group.none')} <strong>{g.count}</strong>
            </a>
          ))}
        </nav>
      )}
      {budgets.length > 0 && (
        <BudgetPanel
          budgets={budgets}
          channels={channels.data?.channels}
          canEdit={can('budgets.manage')}
          onSaved={reload}
        />
      )}
      {can('settings.manage') && <SenderPanel onSaved={reload} />}
      {data && data.inProgress.length > 0 && (
        <section aria-labelledby="dsp-open">
          <h2 id="dsp-open">{t('open.title')}</h2>
          <LetterList
            letters={data.inProgress}
            label={t('open.title')}
            parts={{
              note: (l) =>
                l.attempt && (
                  <span className={l.attempt.stale ? 'dsp-stale' : 'dsp-muted'}>
                    {t(l.attempt.stale ? 'open.stale' : 'open.started', {
                      channel: t(`channel.${l.attempt.channel}`),
                      who: l.attempt.startedBy?.displayName ?? '—',
                      age: age(l.attempt.createdAt),
                    })}
                  </span>
                ),
              action: (l) => (
                <Link className="button button-small" to={`/volunteer/dispatch/letters/${l.id}`}>
                  {t('open.continue')}
                </Link>
              ),
            }}
          />
        </section>
      )}
      {data && data.writerPosting.length > 0 && (
        <section aria-labelledby="dsp-writer-posting">
          <h2 id="dsp-writer-posting">{t('writerPosting.title')}</h2>
          <p className="dsp-muted">{t('writerPosting.intro')}</p>
          <LetterList
            letters={data.writerPosting}
            label={t('writerPosting.title')}
            parts={{
              note: (l) =>
                l.attempt && (
                  <span className={l.attempt.stale ? 'dsp-stale' : 'dsp-muted'}>
                    {t(l.attempt.stale ? 'writerPosting.stale' : 'writerPosting.since', {
                      age: age(l.attempt.createdAt),
                    })}
                  </span>
                ),
            }}
          />
        </section>
      )}
      {data && data.batches.length > 0 && (
        <section aria-labelledby="dsp-batches">
          <h2 id="dsp-batches">{t('batch.openTitle')}</h2>
          <ul className="dsp-batches">
            {data.batches.map((b) => (
              <li key={b.id}>
                <Link to={`/volunteer/dispatch/batches/${b.id}`}>
                  {t('batch.name', { id: b.id.slice(0, 8) })}
                </Link>{' '}
                <span className="dsp-muted">
                  {t('batch.summary', { count: b.letters.length, age: age(b.createdAt) })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {data?.groups.map((group) => (
        <section
          key={group.channel ?? 'none'}
          aria-labelledby={`dsp-group-${group.channel ?? 'none'}`}
          className="dsp-group"
        >
          <GroupHeading group={group} />
          {group.kind === 'print' ? (
            <PostGroup letters={group.letters} label={t('channel.post')} senderSet={data.postSenderSet} />
          ) : (
            <LetterList
              letters={group.letters}
              label={group.channel ? t(`channel.${group.channel}`) : t('group.none')}
              parts={{
                note: (l) =>
                  group.channel === null &&
                  l.skipped.length > 0 && (
                    <span className="dsp-muted">
                      {l.skipped
                        .map((s) => t(`skip.${s.reason}`, { channel: t(`channel.${s.channel}`) }))
                        .join(' · ')}
                    </span>
                  ),
                action: (l) =>
                  group.kind === 'assisted' && (
                    <Link
                      className="button button-small button-quiet"
                      to={`/volunteer/dispatch/letters/${l.id}`}
                    >
                      {t('queue.open')}
                    </Link>
                  ),
              }}
            />
          )}
        </section>
      ))}
      {data && data.groups.length === 0 && <p className="dsp-empty">{t('queue.empty')}</p>}
      {data?.truncated && <p className="dsp-muted">{t('queue.truncated')}</p>}
      {dispatcher && <PostedPanel />}
    </div>
  );
}
