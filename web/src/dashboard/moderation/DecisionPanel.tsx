/**
 * The moderator's decision: approve; ask the writer for changes (ready-made reasons in the
 * writer's language, chosen passages quoted, own words); or reject (one reason, own words,
 * optionally blocking an abusive writer). The writer's message is previewed exactly as it will be
 * sent. Ctrl+Enter sends, Escape closes.
 */
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision, ModerationData, ModerationFlag } from './api';
import { SEVERITY_ICON } from './FlagList';
import { groupByRule, writerPreview } from './logic';
import { MOD } from './strings';

/** Props of the decision panel. */
export interface DecisionPanelProps {
  data: ModerationData;
  mode: 'changes' | 'reject' | undefined;
  /** The original's numbered flags, to choose passages to quote to the writer. */
  numbered: { flag: ModerationFlag; n: number }[];
  chosenFlags: ReadonlySet<string>;
  onToggleFlag: (ruleId: string) => void;
  busy: boolean;
  confirmApprove: boolean;
  onMode: (mode: 'changes' | 'reject' | undefined) => void;
  onApprove: () => void;
  onDecide: (decision: Decision, block: boolean) => void;
}

function languageName(code: string, ui: string): string {
  try {
    return new Intl.DisplayNames([ui], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The decision buttons and forms. */
export function DecisionPanel(props: DecisionPanelProps) {
  const { t, i18n } = useTranslation(MOD);
  const { data, mode } = props;
  const [chosen, setChosen] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const [block, setBlock] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    setChosen([]);
    setMessage('');
    setBlock(false);
    if (mode) formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [mode]);

  const reasons = mode === 'reject' ? data.reasons.reject : data.reasons.changes;
  const flagIds = mode === 'changes' ? [...props.chosenFlags] : [];
  const preview = writerPreview(
    reasons,
    chosen,
    data.flags.source,
    flagIds,
    data.original?.text ?? '',
    message,
  );
  const ordered = reasons.filter((r) => chosen.includes(r.id)).map((r) => r.id);
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (preview.length < 3 || props.busy) return;
    const text = message.trim() ? { message: message.trim() } : {};
    props.onDecide(
      mode === 'reject'
        ? { decision: 'reject', reasons: ordered, ...text }
        : { decision: 'changes', reasons: ordered, flagRuleIds: flagIds, ...text },
      mode === 'reject' && block,
    );
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
    if (event.key === 'Escape') props.onMode(undefined);
  };
  const toggle = (id: string) =>
    setChosen((current) =>
      mode === 'reject' ? [id] : current.includes(id) ? current.filter((c) => c !== id) : [...current, id],
    );
  const blocks = data.flags.source
    .concat(data.flags.translation)
    .filter((f) => f.severity === 'block').length;
  const canApprove = data.status === 'reviewing' && data.russian !== null && !data.ownTranslation;

  return (
    <section className="mod-decision" aria-label={t('decide.title')}>
      <div className="dash-actions">
        <button
          type="button"
          className="button"
          disabled={!canApprove || props.busy}
          onClick={props.onApprove}
        >
          {props.confirmApprove ? t('decide.approveAnyway', { count: blocks }) : t('decide.approve')}{' '}
          <kbd>a</kbd>
        </button>
        <button
          type="button"
          className="button button-quiet"
          aria-expanded={mode === 'changes'}
          onClick={() => props.onMode(mode === 'changes' ? undefined : 'changes')}
        >
          {t('decide.changes')} <kbd>b</kbd>
        </button>
        <button
          type="button"
          className="button button-danger-quiet"
          aria-expanded={mode === 'reject'}
          onClick={() => props.onMode(mode === 'reject' ? undefined : 'reject')}
        >
          {t('decide.reject')}
        </button>
      </div>
      {data.ownTranslation && <p className="notice">{t('decide.own')}</p>}
      {props.confirmApprove && (
        <p className="notice" role="alert">
          {t('decide.blocksWarning', { count: blocks })}
        </p>
      )}
      {mode && (
        <form ref={formRef} className="panel mod-form" onSubmit={submit} onKeyDown={onKeyDown}>
          <fieldset>
            <legend>{t(mode === 'reject' ? 'decide.rejectReasons' : 'decide.changeReasons')}</legend>
            {reasons.map((reason) => (
              <label key={reason.id} className="check">
                <input
                  type={mode === 'reject' ? 'radio' : 'checkbox'}
                  name="mod-reason"
                  checked={chosen.includes(reason.id)}
                  onChange={() => toggle(reason.id)}
                />
                <span>
                  <strong>{reason.label}</strong>
                  <span className="mod-reason-text" lang={data.writer.uiLanguage}>
                    {reason.text}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
          {mode === 'changes' && props.numbered.length > 0 && (
            <fieldset>
              <legend>{t('decide.quote')}</legend>
              <ul className="mod-quotes">
                {groupByRule(props.numbered, data.original?.text ?? '').map(({ flag, numbers, passages }) => (
                  <li key={flag.ruleId}>
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={props.chosenFlags.has(flag.ruleId)}
                        onChange={() => props.onToggleFlag(flag.ruleId)}
                      />
                      <span>
                        <span className={`mod-n mod-n-sev-${flag.severity}`}>{numbers[0]}</span>{' '}
                        <span className={`mod-sev mod-sev-label-${flag.severity}`}>
                          <span aria-hidden="true">{SEVERITY_ICON[flag.severity]} </span>
                          {t(`severity.${flag.severity}`)}
                        </span>{' '}
                        <q lang={data.language}>{passages[0]}</q>{' '}
                        <span className="dash-meta">
                          {t(`categories.${flag.category}`, { defaultValue: flag.category })}
                        </span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          )}
          <label htmlFor="mod-message" className="mod-label-block">
            {t('decide.ownWords')}
          </label>
          <textarea id="mod-message" rows={3} value={message} onChange={(e) => setMessage(e.target.value)} />
          {mode === 'reject' && (
            <label className="check">
              <input type="checkbox" checked={block} onChange={(e) => setBlock(e.target.checked)} />
              <span>{t('decide.block', { pseudonym: data.writer.pseudonym })}</span>
            </label>
          )}
          <p className="mod-label-block">
            {t('decide.preview', { language: languageName(data.writer.uiLanguage, i18n.language) })}
          </p>
          <div className="mod-preview" lang={data.writer.uiLanguage} aria-live="polite">
            {preview || <span className="dash-meta">{t('decide.previewEmpty')}</span>}
          </div>
          <div className="dash-actions">
            <button
              type="submit"
              className={mode === 'reject' ? 'button button-danger' : 'button'}
              disabled={preview.length < 3 || props.busy}
            >
              {t(mode === 'reject' ? 'decide.confirmReject' : 'decide.confirmChanges')} <kbd>Ctrl+Enter</kbd>
            </button>
            <button type="button" className="button button-quiet" onClick={() => props.onMode(undefined)}>
              {t('decide.cancel')} <kbd>Esc</kbd>
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
