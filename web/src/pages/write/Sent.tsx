/** After sending: check your email. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The "check your inbox" panel. */
export function Sent({ email, refCode }: { email: string; refCode: string }) {
  const { t } = useTranslation();
  return (
    <section className="panel success" aria-labelledby="sent-h">
      <h1 id="sent-h" tabIndex={-1}>
        {t('write.sentHeading')}
      </h1>
      <p>{t('write.sentBody', { email })}</p>
      <p className="muted">{t('write.sentRef', { ref: refCode })}</p>
      <p className="muted small">{t('write.sentSpam')}</p>
      <p>
        <Link to="/prisoners">{t('write.sentAnother')}</Link>
      </p>
    </section>
  );
}
