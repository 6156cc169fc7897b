/** Unknown address. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTitle } from '../../components/useTitle';

/** The 404 page. */
export default function NotFoundPage() {
  const { t } = useTranslation();
  useTitle(t('notFound.title'));
  return (
    <section className="narrow">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <Link to="/">{t('nav.home')}</Link>
    </section>
  );
}
