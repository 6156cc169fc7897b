/** Home: what this is, the counters, someone to write to now, and upcoming birthdays. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchBirthdays, fetchLifeline } from '../../api/directory';
import { fetchStats } from '../../api/writer';
import { PrisonerCard } from '../../components/PrisonerCard';
import { Loading } from '../../components/Status';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import { formatDayMonth, formatNumber } from '../../i18n/format';
import { displayNames } from '../../components/names';

/** The home page. */
export default function HomePage() {
  const { t, i18n } = useTranslation();
  useTitle(t('home.title'));
  const stats = useLoad((s) => fetchStats(s), []);
  const lifeline = useLoad((s) => fetchLifeline(i18n.language, s), [i18n.language]);
  const birthdays = useLoad((s) => fetchBirthdays(s), []);

  return (
    <>
      <section className="hero">
        <h1>{t('home.heading')}</h1>
        <p className="lead">{t('home.intro1')}</p>
        <p className="lead">{t('home.intro2')}</p>
        <p className="hero-actions">
          <Link className="button" to="/prisoners">
            {t('home.findSomeone')}
          </Link>
          <Link className="button button-quiet" to="/about">
            {t('home.howItWorks')}
          </Link>
        </p>
      </section>

      <section aria-labelledby="counters-h" className="counters-section">
        <h2 id="counters-h" className="visually-hidden">
          {t('home.countersHeading')}
        </h2>
        {stats.data ? (
          <ul className="counters">
            <li>
              <strong>{formatNumber(stats.data.waitingForLetter)}</strong>
              <span>{t('home.waiting', { count: stats.data.waitingForLetter })}</span>
            </li>
            <li>
              <strong>{formatNumber(stats.data.lettersWritten)}</strong>
              <span>{t('home.written', { count: stats.data.lettersWritten })}</span>
            </li>
            <li>
              <strong>{formatNumber(stats.data.repliesReceived)}</strong>
              <span>{t('home.replies', { count: stats.data.repliesReceived })}</span>
            </li>
          </ul>
        ) : (
          stats.loading && <Loading />
        )}
      </section>

      <div className="home-grid">
        <section aria-labelledby="lifeline-h">
          <h2 id="lifeline-h">{t('home.lifelineHeading')}</h2>
          <p className="muted">{t('home.lifelineWhy')}</p>
          {lifeline.data ? (
            <PrisonerCard prisoner={lifeline.data} />
          ) : lifeline.loading ? (
            <Loading />
          ) : (
            <p>{t('home.lifelineNone')}</p>
          )}
        </section>

        <section aria-labelledby="birthdays-h">
          <h2 id="birthdays-h">{t('home.birthdaysHeading')}</h2>
          {birthdays.loading && <Loading />}
          {birthdays.data && birthdays.data.length === 0 && (
            <p className="muted">{t('home.birthdaysNone')}</p>
          )}
          {birthdays.data && birthdays.data.length > 0 && (
            <ul className="birthday-list">
              {birthdays.data.slice(0, 6).map((p) => {
                const names = displayNames(p.fullName, p.latinName, i18n.language);
                return (
                  <li key={p.id}>
                    <Link to={`/prisoners/${p.id}`}>{names.primary}</Link>
                    {p.birthDate && <span className="muted"> — {formatDayMonth(p.birthDate)}</span>}
                  </li>
                );
              })}
            </ul>
          )}
          <p className="muted small">{t('home.birthdaysHint')}</p>
        </section>
      </div>
    </>
  );
}
