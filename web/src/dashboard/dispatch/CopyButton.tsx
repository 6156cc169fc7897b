/**
 * "Copy": puts a value on the clipboard (navigator.clipboard; a hidden text area where the page is
 * not a secure context) and says so for a moment, to eyes and to screen readers.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DSP } from './strings';

async function copyText(value: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(value);
  const area = document.createElement('textarea');
  area.value = value;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  // The old way is the only one outside a secure context (a volunteer's LAN install over http).
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}

/** A copy button for `value`; `label` names what is copied for screen readers. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation(DSP);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 1800);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = () =>
    copyText(value).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  return (
    <>
      <button
        type="button"
        className={`button button-small button-quiet dsp-copy dsp-copy-${state}`}
        onClick={() => void copy()}
      >
        {state === 'copied' ? t('copy.done') : state === 'failed' ? t('copy.failed') : t('copy.button')}
        <span className="visually-hidden"> — {label}</span>
      </button>
      <span role="status" className="visually-hidden">
        {state === 'copied' ? t('copy.announce', { what: label }) : ''}
      </span>
    </>
  );
}
