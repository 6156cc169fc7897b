/**
 * Monthly budgets per channel as bars: spent, under way, and what the queue would add, with the
 * remainder in words (warned under 10 %). Coordinators and admins change budgets and prices here.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { dispatchApi, type Budget, type ChannelSettings } from './api';
import { money, parseMoney } from './format';
import { DispatchError } from './DispatchError';
import { DSP } from './strings';

const pct = (part: number, whole: number) =>
  `${Math.min(100, Math.max(0, (part / whole) * 100)).toFixed(1)}%`;

function Bar({ budget }: { budget: Budget }) {
  const { t } = useTranslation(DSP);
  const { monthlyBudgetMinor: total, currency } = budget;
  const used = budget.spentMinor + budget.pendingMinor;
  if (total === null) {
    return (
      <p className="dsp-budget-line">
        {t('budget.noLimit', { spent: money(budget.spentMinor, currency) })}
        {budget.pendingMinor > 0 && (
          <> · {t('budget.pending', { amount: money(budget.pendingMinor, currency) })}</>
        )}
      </p>
    );
  }
  const left = Math.max(0, total - used);
  return (
    <>
      <div className={`dsp-bar dsp-bar-${budget.level}`} aria-hidden="true">
        <span className="dsp-bar-spent" style={{ width: pct(budget.spentMinor, total) }} />
        <span className="dsp-bar-pending" style={{ width: pct(budget.pendingMinor, total) }} />
        <span className="dsp-bar-queued" style={{ width: pct(budget.queuedMinor, Math.max(total, 1)) }} />
      </div>
      <p className="dsp-budget-line">
        {t('budget.line', {
          left: money(left, currency),
          total: money(total, currency),
          share: Math.round((left / total) * 100),
          spent: money(budget.spentMinor, currency),
        })}
        {budget.pendingMinor > 0 && (
          <> · {t('budget.pending', { amount: money(budget.pendingMinor, currency) })}</>
        )}
        {budget.queuedMinor > 0 && (
          <> · {t('budget.queued', { amount: money(budget.queuedMinor, currency) })}</>
        )}
      </p>
    </>
  );
}

function EditForm({ channel, onSaved }: { channel: ChannelSettings; onSaved: () => void }) {
  const { t } = useTranslation(DSP);
  const fmt = (minor: number | null | undefined) =>
    minor === null || minor === undefined ? '' : String(minor / 100);
  const [budget, setBudget] = useState(fmt(channel.budget?.monthlyBudgetMinor));
  const [unit, setUnit] = useState(fmt(channel.unitPriceMinor));
  const [extra, setExtra] = useState(fmt(channel.replyBlankMinor));
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const values = [parseMoney(budget), parseMoney(unit), parseMoney(extra)];
    if (values.some((v) => Number.isNaN(v)))
      return setError(new ApiError(400, 'invalid_amount', t('budget.invalid')));
    setBusy(true);
    try {
      await dispatchApi.setChannel(channel.channel, {
        monthlyBudgetMinor: values[0],
        unitPriceMinor: values[1],
        replyBlankMinor: values[2] ?? 0,
      });
      onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const id = (name: string) => `dsp-${channel.channel}-${name}`;
  const unitLabel = channel.channel === 'post' ? t('budget.envelope') : t('budget.page');
  return (
    <form className="dsp-budget-form" onSubmit={(e) => void save(e)}>
      <DispatchError error={error} />
      <label htmlFor={id('budget')}>{t('budget.monthly', { currency: channel.currency })}</label>
      <input
        id={id('budget')}
        inputMode="decimal"
        value={budget}
        onChange={(e) => setBudget(e.target.value)}
        placeholder={t('budget.none')}
      />
      <label htmlFor={id('unit')}>{unitLabel}</label>
      <input id={id('unit')} inputMode="decimal" value={unit} onChange={(e) => setUnit(e.target.value)} />
      <label htmlFor={id('extra')}>
        {channel.channel === 'post' ? t('budget.stamp') : t('budget.blank')}
      </label>
      <input id={id('extra')} inputMode="decimal" value={extra} onChange={(e) => setExtra(e.target.value)} />
      <button type="submit" className="button button-small" disabled={busy}>
        {t('budget.save')}
      </button>
    </form>
  );
}

/** The budget bars (and, for coordinators and admins, the forms to change them). */
export function BudgetPanel(props: {
  budgets: readonly Budget[];
  channels: readonly ChannelSettings[] | undefined;
  canEdit: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation(DSP);
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section aria-labelledby="dsp-budgets" className="dsp-budgets">
      <h2 id="dsp-budgets">{t('budget.title')}</h2>
      <ul className="dsp-budget-list">
        {props.budgets.map((budget) => {
          const settings = props.channels?.find((c) => c.channel === budget.channel);
          return (
            <li key={budget.channel} className={`dsp-budget dsp-budget-${budget.level}`}>
              <div className="dsp-budget-head">
                <strong>{t(`channel.${budget.channel}`)}</strong>
                {budget.level === 'low' && <span className="dsp-tag dsp-tag-warn">{t('budget.low')}</span>}
                {budget.level === 'exhausted' && (
                  <span className="dsp-tag dsp-tag-bad">{t('budget.exhausted')}</span>
                )}
                {props.canEdit && settings && (
                  <button
                    type="button"
                    className="link-button dsp-edit"
                    aria-expanded={editing === budget.channel}
                    onClick={() => setEditing(editing === budget.channel ? null : budget.channel)}
                  >
                    {t('budget.change')}
                  </button>
                )}
              </div>
              <Bar budget={budget} />
              {settings && (
                <p className="dsp-prices">
                  {settings.unitPriceMinor === null
                    ? t('budget.priceUnknown')
                    : t(budget.channel === 'post' ? 'budget.pricePost' : 'budget.pricePage', {
                        price: money(settings.unitPriceMinor, settings.currency),
                        extra: money(settings.replyBlankMinor, settings.currency),
                      })}
                </p>
              )}
              {editing === budget.channel && settings && (
                <EditForm
                  channel={settings}
                  onSaved={() => {
                    setEditing(null);
                    props.onSaved();
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
