/**
 * The letter's glossary: the prisoner's name as the writer spelled it → the one form to use, and
 * the recurring proper nouns to keep consistent. Names not used in the letter are listed quietly.
 */
import { useTranslation } from 'react-i18next';
import type { GlossaryTerm } from './api';
import { WB } from './strings';

/** The glossary panel. */
export function GlossaryPanel({
  glossary,
  sourceLanguage,
  targetLanguage,
}: {
  glossary: readonly GlossaryTerm[];
  sourceLanguage: string;
  targetLanguage: string;
}) {
  const { t } = useTranslation(WB);
  const names = glossary.filter((g) => g.kind === 'name');
  const terms = glossary.filter((g) => g.kind === 'term');
  return (
    <section className="wb-panel wb-glossary" aria-labelledby="wb-glossary-title">
      <h2 id="wb-glossary-title">{t('glossary.title')}</h2>
      <dl className="wb-terms">
        {names.map((term) => (
          <div key={term.target} className={term.used.length ? 'wb-term' : 'wb-term wb-term-unused'}>
            <dt lang={sourceLanguage}>
              <span className="wb-term-kind">{t('glossary.name')}</span>{' '}
              {term.used.length
                ? term.used.join(', ')
                : `${term.spellings.slice(0, 2).join(', ')} ${t('glossary.notUsed')}`}
            </dt>
            <dd lang={targetLanguage}>
              <span aria-hidden="true">→ </span>
              <span className="visually-hidden">{t('glossary.use')} </span>
              <strong>{term.target}</strong>
              {term.used.length > 0 && <span className="dash-meta"> ×{term.spans.length}</span>}
            </dd>
          </div>
        ))}
        {terms.map((term) => (
          <div key={term.used[0]} className="wb-term">
            <dt lang={sourceLanguage}>
              <span className="wb-term-kind">{t('glossary.term')}</span> {term.used[0]}
            </dt>
            <dd>
              <span className="dash-meta">
                ×{term.spans.length} · {t('glossary.consistent')}
              </span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
