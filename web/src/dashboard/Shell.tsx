/**
 * The signed-in frame of the dashboard: loads the volunteer (or sends them to sign in), the header
 * with the screens their permissions open (nav.ts), language, sign-out, and the shortcut help
 * ("?", "h").
 */
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Navigate, Outlet, useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { useLoad } from '../components/useLoad';
import { dashboardApi } from './api';
import { NS } from './i18n';
import { navFor } from './nav';
import { ErrorLine } from './Notice';
import { SessionContext } from './session';
import { ShortcutHelp } from './ShortcutHelp';
import { useShortcuts } from './shortcuts';

/** The shell around every signed-in screen. */
export function Shell() {
  const { t } = useTranslation(NS);
  const navigate = useNavigate();
  const me = useLoad((signal) => dashboardApi.me(signal), []);
  const [help, setHelp] = useState(false);
  useShortcuts({ '?': () => setHelp((open) => !open), h: () => void navigate('/volunteer') });

  if (me.error instanceof ApiError && me.error.status === 401)
    return <Navigate to="/volunteer/sign-in" replace />;
  if (!me.data) {
    return (
      <main className="container main">
        {me.error ? <ErrorLine error={me.error} /> : <p className="loading">…</p>}
      </main>
    );
  }
  const signOut = async (everywhere: boolean) => {
    await (everywhere ? dashboardApi.logoutEverywhere() : dashboardApi.logout()).catch(() => undefined);
    void navigate('/volunteer/sign-in');
  };

  return (
    <SessionContext.Provider value={{ me: me.data, refresh: me.reload }}>
      <div className="page dash">
        <a className="skip-link" href="#main">
          {t('nav.skip')}
        </a>
        <header className="site-header">
          <div className="container dash-header">
            <Link to="/volunteer" className="brand">
              <span className="brand-mark" aria-hidden="true" />
              Letterbridge
            </Link>
            <nav aria-label={t('nav.label')} className="main-nav dash-nav">
              {navFor(me.data.permissions).map((item) => (
                <NavLink key={item.key} to={item.to} end={item.end} data-nav={item.key}>
                  {t(`nav.${item.key}`)}
                </NavLink>
              ))}
            </nav>
            <div className="dash-user">
              <span className="dash-name" title={me.data.roles.map((r) => t(`roles.${r}`)).join(', ')}>
                {me.data.displayName}
              </span>
              <LanguageSwitcher />
              <button
                type="button"
                className="button button-small button-quiet"
                onClick={() => setHelp((open) => !open)}
                aria-expanded={help}
              >
                <kbd>?</kbd>
                <span className="visually-hidden">{t('nav.shortcuts')}</span>
              </button>
              <button
                type="button"
                className="button button-small button-quiet"
                onClick={() => void signOut(false)}
              >
                {t('nav.signOut')}
              </button>
            </div>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="container main dash-main">
          {help && <ShortcutHelp onClose={() => setHelp(false)} />}
          <Suspense fallback={<p className="loading">…</p>}>
            <Outlet />
          </Suspense>
        </main>
        <footer className="site-footer">
          <div className="container dash-footer">
            <button type="button" className="link-button" onClick={() => void signOut(true)}>
              {t('nav.signOutEverywhere')}
            </button>
            <Link to="/">{t('nav.publicSite')}</Link>
          </div>
        </footer>
      </div>
    </SessionContext.Provider>
  );
}
