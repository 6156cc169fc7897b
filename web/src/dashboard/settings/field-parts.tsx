/** What every setting editor shares: its props, the words of field and option names, the label row. */
import { useTranslation } from 'react-i18next';
import { NS } from '../i18n';
import type { JsonSchema } from './schema';

/** Props shared by every editor. */
export interface FieldProps {
  schema: JsonSchema;
  value: unknown;
  onChange: (value: unknown) => void;
  /** Element id of this part (children extend it). */
  id: string;
  /** The visible label; none for the root, whose heading labels it. */
  label?: string;
  required?: boolean;
  disabled?: boolean;
  /** The nearest field or setting name: picks the words of a "none" switch ("no limit", "not set"). */
  context: string;
}

/** The words for a field or option name, falling back to the name itself. */
export function useWords() {
  const { t } = useTranslation(NS);
  return {
    t,
    field: (name: string) => t(`settings.fields.${name}`, { defaultValue: name }),
    option: (name: string) => t(`settings.values.${name}`, { defaultValue: name }),
    hint: (name: string) => t(`settings.hints.${name}`, { defaultValue: '' }),
  };
}

/** A control with its label (or a fieldset and legend for a group) and hint. */
export function Labelled(props: {
  id: string;
  label?: string;
  hint?: string;
  /** Several controls (a list of switches, rows): a fieldset and legend rather than a label. */
  group?: boolean;
  children: React.ReactNode;
}) {
  const { id, label, hint, group, children } = props;
  if (!label) return <>{children}</>;
  const words = (
    <>
      {label}
      {hint && <span className="set-hint">{hint}</span>}
    </>
  );
  if (group) {
    return (
      <fieldset className="set-row">
        <legend className="set-label">{words}</legend>
        <div className="set-control">{children}</div>
      </fieldset>
    );
  }
  return (
    <div className="set-row">
      <label htmlFor={id} className="set-label">
        {words}
      </label>
      <div className="set-control">{children}</div>
    </div>
  );
}
