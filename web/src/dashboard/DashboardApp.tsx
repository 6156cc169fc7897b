/**
 * Placeholder for the volunteer dashboard (issue 5), loaded lazily under /volunteer/*. The
 * dashboard's engineer replaces this file; everything of the dashboard lives under web/src/dashboard/.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The volunteer side's entry (placeholder: a sign-in page to come). */
export default function DashboardApp() {
  const { t } = useTranslation();
  return (
    <main id="main" className="container main narrow">
      <h1>{t('volunteer.title')}</h1>
      <p>{t('volunteer.soon')}</p>
      <p>
        <Link to="/">{t('nav.home')}</Link>
      </p>
    </main>
  );
}
