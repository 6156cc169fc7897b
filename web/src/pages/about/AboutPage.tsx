/** How it works (with a link to how long letters take, by prison), and how we treat the writer's data. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTitle } from '../../components/useTitle';

const STEPS = ['find', 'write', 'confirm', 'translate', 'deliver', 'reply'] as const;

/** The about page. */
export default function AboutPage() {
  const { t } = useTranslation();
  useTitle(t('about.title'));
  return (
    <section className="narrow">
      <h1>{t('about.heading')}</h1>
      <ol className="steps">
        {STEPS.map((s) => (
          <li key={s}>
            <strong>{t(`about.steps.${s}.title`)}</strong> {t(`about.steps.${s}.text`)}
          </li>
        ))}
      </ol>
      <p>
        <Link to="/about/delivery-times">{t('about.deliveryTimesLink')}</Link>
      </p>
      <h2>{t('about.privacyHeading')}</h2>
      <ul>
        <li>{t('about.privacy.email')}</li>
        <li>{t('about.privacy.address')}</li>
        <li>{t('about.privacy.retention')}</li>
        <li>{t('about.privacy.thirdParty')}</li>
        <li>{t('about.privacy.control')}</li>
      </ul>
      <p>
        <Link className="button" to="/prisoners">
          {t('home.findSomeone')}
        </Link>
      </p>
    </section>
  );
}
