/** The list of keyboard shortcuts, opened with "?". */
import { useTranslation } from 'react-i18next';
import { NS } from './i18n';

const KEYS: [string, string][] = [
  ['n', 'next'],
  ['a', 'approve'],
  ['b', 'sendBack'],
  ['r', 'release'],
  ['h', 'home'],
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
        {KEYS.map(([key, label]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
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
