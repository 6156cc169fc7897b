/** The card's fields, each with a copy button, and the text cut into the service's paid pages. */
import { useTranslation } from 'react-i18next';
import type { CardView } from './api';
import { CopyButton } from './CopyButton';
import { charCount, money } from './format';
import { DSP } from './strings';

/** One field; `copy` fields carry the service's Russian values, the others are in the UI language. */
function Field({ label, value, copy = true }: { label: string; value: string; copy?: boolean }) {
  return (
    <div className="dsp-field">
      <dt>{label}</dt>
      <dd>
        <span className="dsp-value" lang={copy ? 'ru' : undefined}>
          {value || '—'}
        </span>
        {copy && value && <CopyButton value={value} label={label} />}
      </dd>
    </div>
  );
}

/** What the service's form asks for. */
export function CardFields({ card }: { card: CardView['card'] }) {
  const { t } = useTranslation(DSP);
  const r = card.recipient;
  return (
    <dl className="dsp-fields">
      <Field label={t('card.region')} value={card.region} />
      <Field label={t('card.facility')} value={card.facility} />
      <Field label={t('card.surname')} value={r.surname} />
      <Field label={t('card.givenName')} value={r.givenName} />
      <Field label={t('card.patronymic')} value={r.patronymic} />
      <Field label={t('card.fullName')} value={r.fullName} />
      <Field label={t('card.birthYear')} value={r.birthYear ? String(r.birthYear) : ''} />
      <Field
        label={t('card.replyBlank')}
        value={card.replyBlank ? t('card.yes') : t('card.no')}
        copy={false}
      />
      <Field
        label={t('card.price')}
        value={
          card.price
            ? t(card.price.extrasMinor > 0 ? 'card.priceDetail' : 'card.pricePlain', {
                total: money(card.price.totalMinor, card.price.currency),
                count: card.price.units,
                unit: money(card.price.unitPriceMinor, card.price.currency),
                extra: money(card.price.extrasMinor, card.price.currency),
              })
            : t('card.priceUnknown')
        }
        copy={false}
      />
    </dl>
  );
}

/** The Russian text, page by page, each with its length and a copy button. */
export function CardPages({ card }: { card: CardView['card'] }) {
  const { t } = useTranslation(DSP);
  const n = card.units.length;
  return (
    <section aria-labelledby="dsp-pages" className="dsp-pages">
      <h2 id="dsp-pages">{t('card.pages', { count: n, chars: card.unitChars })}</h2>
      {card.units.map((unit, i) => {
        const label = t('card.page', { n: i + 1, of: n });
        return (
          <article key={i} className="dsp-page" aria-label={label}>
            <header>
              <strong>{label}</strong>
              <span className="dsp-muted">
                {t('card.chars', { count: charCount(unit), max: card.unitChars })}
              </span>
              <CopyButton value={unit} label={label} />
            </header>
            <div className="dsp-text" lang="ru">
              {unit}
            </div>
          </article>
        );
      })}
    </section>
  );
}
