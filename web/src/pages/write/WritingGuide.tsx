/** Writing prompts and the short "what not to write, and why" guide beside the editor. */
import { useTranslation } from 'react-i18next';

const PROMPTS = ['introduce', 'day', 'reading', 'nature', 'question', 'often'] as const;
const AVOID = ['case', 'war', 'organisations', 'calls', 'codes', 'security', 'freedoms', 'poems'] as const;

/** The guide. `onPrompt` inserts a prompt's opening words into the letter. */
export function WritingGuide({ onPrompt }: { onPrompt: (starter: string) => void }) {
  const { t } = useTranslation();
  return (
    <aside className="guide" aria-label={t('write.guideLabel')}>
      <section aria-labelledby="prompts-h">
        <h2 id="prompts-h">{t('write.promptsHeading')}</h2>
        <ul className="prompts">
          {PROMPTS.map((p) => (
            <li key={p}>
              <button
                type="button"
                className="link-button"
                onClick={() => onPrompt(t(`write.prompts.${p}.starter`))}
              >
                {t(`write.prompts.${p}.title`)}
              </button>
              <span className="muted small"> {t(`write.prompts.${p}.hint`)}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="avoid-h">
        <h2 id="avoid-h">{t('write.avoidHeading')}</h2>
        <p className="small">{t('write.avoidIntro')}</p>
        <ul className="avoid small">
          {AVOID.map((a) => (
            <li key={a}>
              <strong>{t(`write.avoid.${a}.what`)}</strong> {t(`write.avoid.${a}.why`)}
            </li>
          ))}
        </ul>
      </section>
    </aside>
  );
}
