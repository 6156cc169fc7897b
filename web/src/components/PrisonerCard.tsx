/** A directory card: picture or placeholder, names in both scripts, place, interests, a way to write. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Prisoner } from '../api/types';
import { Avatar } from './Avatar';
import { displayNames } from './names';

/** One person in a list. */
export function PrisonerCard({ prisoner, headingLevel = 3 }: { prisoner: Prisoner; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const names = displayNames(prisoner.fullName, prisoner.latinName, i18n.language);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="card prisoner-card">
      <Avatar id={prisoner.id} name={names.primary} photoUrl={prisoner.photoUrl} />
      <div className="card-body">
        <Heading className="card-title">
          <Link to={`/prisoners/${prisoner.id}`}>{names.primary}</Link>
        </Heading>
        {names.secondary && (
          <p className="name-ru" lang="ru">
            {names.secondary}
          </p>
        )}
        {prisoner.isDemo && (
          <p className="demo-mark" title={t('prisoner.demoExplained')}>
            {t('prisoner.demo')}
          </p>
        )}
        {prisoner.facility && (
          <p className="muted">
            <span lang="ru">{prisoner.facility.shortName}</span>
            {prisoner.facility.region && (
              <>
                {' '}
                · <span lang="ru">{prisoner.facility.region}</span>
              </>
            )}
          </p>
        )}
        {prisoner.interests.length > 0 && (
          <ul className="tags" aria-label={t('prisoner.interests')}>
            {prisoner.interests.slice(0, 4).map((interest) => (
              <li key={interest}>{interest}</li>
            ))}
          </ul>
        )}
        {prisoner.canReceiveLetters ? (
          <Link className="button button-small" to={`/write/${prisoner.id}`}>
            {t('prisoner.writeShort')}
            <span className="visually-hidden"> — {names.primary}</span>
          </Link>
        ) : (
          <p className="muted small">{t('prisoner.cannotReceiveShort')}</p>
        )}
      </div>
    </article>
  );
}
