/**
 * The bar under the workbench: save state, "fill empty rows from drafts", save, and "approve and
 * take next" — which first shows what the checks found when something should be fixed.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorLine } from '../Notice';
import { WB } from './strings';

/** Props of the bar. */
export interface WorkbenchBarProps {
  busy: boolean;
  confirm: { blocking: number; empty: number } | undefined;
  error: unknown;
  savedAt: Date | undefined;
  hasDrafts: boolean;
  onFill: () => void;
  onSave: () => void;
  onApprove: (force: boolean) => void;
  onCancel: () => void;
  actions?: ReactNode;
}

/** The action bar. */
export function WorkbenchBar(props: WorkbenchBarProps) {
  const { t, i18n } = useTranslation(WB);
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.confirm) confirmRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [props.confirm]);
  const time = props.savedAt
    ? new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' }).format(props.savedAt)
    : undefined;
  return (
    <div className="wb-bar">
      <ErrorLine error={props.error} />
      {props.confirm && (
        <div className="wb-confirm" role="alertdialog" aria-labelledby="wb-confirm-title" ref={confirmRef}>
          <p id="wb-confirm-title">
            <strong>{t('approve.confirmTitle')}</strong>{' '}
            {[
              props.confirm.blocking > 0 && t('approve.blocking', { count: props.confirm.blocking }),
              props.confirm.empty > 0 && t('approve.empty', { count: props.confirm.empty }),
            ]
              .filter(Boolean)
              .join(' ')}
          </p>
          <button type="button" className="button button-small button-quiet" onClick={props.onCancel}>
            {t('approve.fix')}
          </button>
          <button type="button" className="button button-small" onClick={() => props.onApprove(true)}>
            {t('approve.anyway')} <kbd>Ctrl+Enter</kbd>
          </button>
        </div>
      )}
      <div className="wb-bar-row">
        <button
          type="button"
          className="button wb-approve"
          disabled={props.busy}
          onClick={() => props.onApprove(Boolean(props.confirm))}
        >
          {t('approve.button')} <kbd>Ctrl+Enter</kbd>
        </button>
        <button type="button" className="button button-small button-quiet" onClick={props.onSave}>
          {t('save')} <kbd>Ctrl+S</kbd>
        </button>
        {props.hasDrafts && (
          <button type="button" className="button button-small button-quiet" onClick={props.onFill}>
            {t('fill')}
          </button>
        )}
        {props.actions}
        <p className="dash-meta wb-saved" role="status">
          {time ? t('saved', { time }) : t('notSaved')}
        </p>
      </div>
    </div>
  );
}
