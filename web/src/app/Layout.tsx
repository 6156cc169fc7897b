/** The public pages' frame: skip link, header with navigation and language, footer. */
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { Loading } from '../components/Status';

/** Layout of every public page. */
export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);

  // On navigation, move focus to the new page so screen readers announce it.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
    window.scrollTo(0, 0);
  }, [location.pathname]);

  return (
    <div className="page">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="site-header">
        <div className="container header-row">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true" />
            Letterbridge
          </Link>
          <nav aria-label={t('nav.label')} className="main-nav">
            <NavLink to="/prisoners">{t('nav.directory')}</NavLink>
            <NavLink to="/my-letters">{t('nav.myLetters')}</NavLink>
            <NavLink to="/about">{t('nav.about')}</NavLink>
          </nav>
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="container main">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('footer.privacy')}</p>
          <p>{t('footer.org')}</p>
        </div>
      </footer>
    </div>
  );
}
