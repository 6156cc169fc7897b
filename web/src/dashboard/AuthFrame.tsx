/** The frame of the screens before sign-in: brand, language, one narrow column. */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { useTitle } from '../components/useTitle';

/** Wraps a sign-in, invitation or reset form. */
export function AuthFrame({ title, children }: { title: string; children: ReactNode }) {
  useTitle(title);
  return (
    <div className="page dash">
      <header className="site-header">
        <div className="container dash-header">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true" />
            Letterbridge
          </Link>
          <div className="dash-user">
            <LanguageSwitcher />
          </div>
        </div>
      </header>
      <main id="main" className="container main narrow dash-auth">
        <h1>{title}</h1>
        {children}
      </main>
    </div>
  );
}
