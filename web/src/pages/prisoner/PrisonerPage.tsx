/**
 * One person: who they are, the case in plain words (in the writer's language where a summary
 * exists), interests, time held, facility (name and region only: nobody needs to type an address),
 * birthday, and a way to write. People who cannot receive letters say why, and offer someone who can.
 */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fetchLifeline, fetchPrisoner } from '../../api/directory';
import type { Prisoner } from '../../api/types';
import { Avatar } from '../../components/Avatar';
import { displayNames, givenNameOf } from '../../components/names';
import { PrisonerCard } from '../../components/PrisonerCard';
import { ErrorNotice, Loading } from '../../components/Status';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import { formatDate, formatDayMonth, monthsSince, yearsSince } from '../../i18n/format';

function HeldFor({ since }: { since: string }) {
  const { t } = useTranslation();
  const years = yearsSince(since);
  const text =
    years >= 1
      ? t('prisoner.heldYears', { count: years })
      : t('prisoner.heldMonths', { count: monthsSince(since) });
  return (
    <>
      {text} <span className="muted">({t('prisoner.since', { date: formatDate(since) })})</span>
    </>
  );
}

function SomeoneElse() {
  const { t, i18n } = useTranslation();
  const other = useLoad((s) => fetchLifeline(i18n.language, s), [i18n.language]);
  if (!other.data) return null;
  return (
    <section aria-labelledby="other-h" className="section">
      <h2 id="other-h">{t('prisoner.someoneElse')}</h2>
      <PrisonerCard prisoner={other.data} />
    </section>
  );
}

function Details({ p }: { p: Prisoner }) {
  const { t, i18n } = useTranslation();
  const names = displayNames(p.fullName, p.latinName, i18n.language);
  const given = givenNameOf(p.fullName, p.latinName, i18n.language);
  return (
    <article>
      <header className="profile-head">
        <Avatar id={p.id} name={names.primary} photoUrl={p.photoUrl} size="lg" />
        <div>
          <h1>{names.primary}</h1>
          {names.secondary && (
            <p className="name-ru" lang="ru">
              {names.secondary}
            </p>
          )}
          <p className="muted">{t(`prisonerStatus.${p.status}`, { defaultValue: p.status })}</p>
        </div>
      </header>
      {p.isDemo && (
        <p className="notice demo-notice">
          <strong>{t('prisoner.demo')}.</strong> {t('prisoner.demoExplained')}
        </p>
      )}

      {p.canReceiveLetters ? (
        <p className="write-cta">
          <Link className="button" to={`/write/${p.id}`}>
            {t('prisoner.writeTo', { name: given })}
          </Link>
        </p>
      ) : (
        <p className="notice">
          {t(`prisoner.blocker.${p.letterBlocker ?? 'status'}`, {
            defaultValue: t('prisoner.blocker.status'),
          })}
        </p>
      )}

      <dl className="facts">
        {p.facility && (
          <>
            <dt>{t('prisoner.facility')}</dt>
            <dd>
              <span lang="ru">{p.facility.officialName ?? p.facility.shortName}</span>
              {p.facility.region && (
                <>
                  <br />
                  <span className="muted" lang="ru">
                    {p.facility.region}
                  </span>
                </>
              )}
              {p.facility.occupied && <p className="muted small">{t('prisoner.occupied')}</p>}
            </dd>
          </>
        )}
        {p.arrestedOn && (
          <>
            <dt>{t('prisoner.held')}</dt>
            <dd>
              <HeldFor since={p.arrestedOn} />
            </dd>
          </>
        )}
        {(p.birthDate || p.birthYear) && (
          <>
            <dt>{t('prisoner.birthday')}</dt>
            <dd>{p.birthDate ? formatDayMonth(p.birthDate) : t('prisoner.bornIn', { year: p.birthYear })}</dd>
          </>
        )}
        {p.sentence && (
          <>
            <dt>{t('prisoner.sentence')}</dt>
            <dd lang="ru">{p.sentence}</dd>
          </>
        )}
        {p.articles.length > 0 && (
          <>
            <dt>{t('prisoner.articles')}</dt>
            <dd lang="ru">{p.articles.join('; ')}</dd>
          </>
        )}
      </dl>

      {p.interests.length > 0 && (
        <section aria-labelledby="interests-h" className="section">
          <h2 id="interests-h">{t('prisoner.interests')}</h2>
          <ul className="tags">
            {p.interests.map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="case-h" className="section">
        <h2 id="case-h">{t('prisoner.case')}</h2>
        {p.summary ? (
          <>
            <p lang={p.summaryLanguage ?? undefined} className="summary">
              {p.summary}
            </p>
            {p.summaryLanguage && p.summaryLanguage !== i18n.language && (
              <p className="muted small">{t('prisoner.summaryOtherLanguage')}</p>
            )}
          </>
        ) : (
          <p className="muted">{t('prisoner.noSummary')}</p>
        )}
        <p className="muted small">{t('prisoner.caseCaution')}</p>
      </section>

      {!p.canReceiveLetters && <SomeoneElse />}
    </article>
  );
}

/** The prisoner page. */
export default function PrisonerPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const prisoner = useLoad((s) => fetchPrisoner(id, i18n.language, s), [id, i18n.language]);
  const names = prisoner.data && displayNames(prisoner.data.fullName, prisoner.data.latinName, i18n.language);
  useTitle(names?.primary ?? t('prisoner.title'));
  if (prisoner.error) return <ErrorNotice error={prisoner.error} />;
  if (!prisoner.data) return <Loading />;
  return <Details p={prisoner.data} />;
}
