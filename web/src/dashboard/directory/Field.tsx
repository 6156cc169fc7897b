/**
 * A labelled form field with its hint and its error right below, tied to the input by
 * `aria-describedby` and `aria-invalid` so screen readers announce both.
 */
import { cloneElement, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { DIR } from './strings';
import type { FieldErrors } from './validation';

/** The words of one field error. */
export function useErrorText(): (error: FieldErrors[string] | undefined) => string | undefined {
  const { t } = useTranslation(DIR);
  return (error) => (error ? ('key' in error ? t(`errors.${error.key}`) : error.text) : undefined);
}

/** One field: `children` is the input, given `id`, `aria-invalid` and `aria-describedby` here. */
export function Field({
  id,
  label,
  hint,
  error,
  children,
  className,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: FieldErrors[string] | undefined;
  children: ReactElement<Record<string, unknown>>;
  className?: string;
}) {
  const text = useErrorText()(error);
  const described = [hint ? `${id}-hint` : '', text ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, {
        id,
        'aria-invalid': text ? true : undefined,
        'aria-describedby': described || undefined,
      })}
      {hint && (
        <p className="dir-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {text && (
        <p className="dir-error" id={`${id}-error`}>
          {text}
        </p>
      )}
    </div>
  );
}
