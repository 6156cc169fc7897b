/**
 * The list of keyboard shortcuts, opened with "?": the single keys every screen shares, and the
 * text-box keys of the sending and transcription screens (each screen also shows its keys on its buttons).
 */
import { useTranslation } from 'react-i18next';
import { NS } from './i18n';

const KEYS: [string | string[], string][] = [
  ['n', 'next'],
  ['a', 'approve'],
  ['b', 'sendBack'],
  ['r', 'release'],
  ['h', 'home'],
  ['Ctrl+Enter', 'finish'],
  ['Ctrl+S', 'saveDraft'],
  [['Alt+PageUp', 'Alt+PageDown'], 'pages'],
  ['?', 'help'],
];

/** A dialog-like panel listing the shortcuts. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(NS);
  return (
    <section
      className="panel dash-shortcuts"
      role="dialog"
      aria-modal="false"
      aria-labelledby="dash-shortcuts-title"
    >
      <h2 id="dash-shortcuts-title">{t('shortcuts.title')}</h2>
      <dl>
        {KEYS.map(([keys, label]) => (
          <div key={label}>
            <dt>
              {[keys].flat().map((key, i) => (
                <span key={key}>
                  {i > 0 && ' '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{t(`shortcuts.${label}`)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button button-small button-quiet" onClick={onClose}>
        {t('shortcuts.close')}
      </button>
    </section>
  );
}
