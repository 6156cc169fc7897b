/**
 * The ALTCHA proof-of-work widget (the `altcha` package's "external" build: no inline styles, its
 * CSS bundled with ours, its worker served from our origin), so it runs under our strict CSP.
 * It starts working when the writer first focuses the form (or at once, where asked) and
 * reports the solved payload, which the form sends in the `x-altcha` header. The widget's code loads only on pages that use it.
 */
import { createElement, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import workerUrl from 'altcha/worker?url';

/**
 * Props: `onPayload(null)` while unsolved or expired. `start`: when the work begins — on first
 * focus in the form (the default: a visitor reading the Write page without writing spends no
 * battery on it), or as soon as the widget loads (a form whose only purpose is to be sent).
 */
export function AltchaField({
  onPayload,
  start = 'onfocus',
}: {
  onPayload: (payload: string | null) => void;
  start?: 'onfocus' | 'onload';
}) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let live = true;
    void Promise.all([import('altcha/external'), import('altcha/altcha.css')]).then(
      () => live && setReady(true),
    );
    return () => {
      live = false;
    };
  }, []);

  // A layout effect, so the listeners are in place before the widget mounts: the custom element
  // builds itself a microtask after it is connected and announces "load" a frame later.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let state = 'unverified';
    const onState = (event: Event) => {
      const detail = (event as CustomEvent<{ state: string; payload?: string }>).detail;
      state = detail.state;
      onPayload(state === 'verified' && detail.payload ? detail.payload : null);
    };
    // "onfocus" starts the work when the form gains focus; a writer who focused a field before the
    // widget mounted would wait forever, so on load start it now if focus is already inside the form.
    // Calling verify() any earlier does nothing: the element has no component behind it yet.
    const onLoad = () => {
      const form = el.closest('form');
      if (state !== 'unverified' || !form || !document.activeElement) return;
      if (!form.contains(document.activeElement)) return;
      void (el as HTMLElement & { verify?: () => Promise<void> }).verify?.();
    };
    el.addEventListener('statechange', onState);
    el.addEventListener('load', onLoad);
    return () => {
      el.removeEventListener('statechange', onState);
      el.removeEventListener('load', onLoad);
    };
  }, [ready, onPayload, i18n.language]);

  const strings = JSON.stringify({
    label: t('altcha.label'),
    verified: t('altcha.verified'),
    verifying: t('altcha.verifying'),
    error: t('altcha.error'),
    expired: t('altcha.expired'),
    verificationRequired: t('altcha.required'),
    waitAlert: t('altcha.verifying'),
    loading: t('common.loading'),
    verify: t('altcha.verify'),
  });

  if (!ready) return <p className="muted small">{t('altcha.preparing')}</p>;
  return (
    <div className="altcha-box">
      {/* A custom element: attributes pass through as written (the package's JSX typing is stricter than React's). */}
      {createElement('altcha-widget', {
        ref,
        key: i18n.language,
        challengeurl: '/api/altcha/challenge',
        workerurl: workerUrl,
        auto: start,
        hidelogo: true,
        hidefooter: true,
        strings,
      })}
      <p className="muted small">{t('altcha.why')}</p>
    </div>
  );
}
