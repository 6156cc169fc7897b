/**
 * Guards of the dashboard's screens: a screen only for the permissions that open it (nav.ts), and
 * the page for an address no screen answers — so a typed or stale address never shows a blank page.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTitle } from '../components/useTitle';
import { NS } from './i18n';
import { opens } from './nav';
import { useSession } from './session';

function Refusal({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation(NS);
  useTitle(title);
  return (
    <section className="dash-refusal">
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <Link to="/volunteer">{t('nav.backHome')}</Link>
      </p>
    </section>
  );
}

/** Renders `children` when the volunteer holds one of `any`, else says the screen is not theirs. */
export function Allowed({ any, children }: { any: readonly string[]; children: ReactNode }) {
  const { t } = useTranslation(NS);
  const { me } = useSession();
  if (opens(me.permissions, any)) return <>{children}</>;
  return <Refusal title={t('nav.notAllowedTitle')} text={t('nav.notAllowed')} />;
}

/** The page for an address inside the dashboard that no screen answers. */
export function NotFound() {
  const { t } = useTranslation(NS);
  return <Refusal title={t('nav.notFoundTitle')} text={t('nav.notFound')} />;
}
