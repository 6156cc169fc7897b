/**
 * One part of a setting's value, drawn from its JSON Schema (see schema.ts): numbers, switches,
 * choices, short texts, address lines, channels in order of preference, labelled sub-fields of an
 * object, one group per channel, rows of currency → rate, and a "none" switch for values that may
 * be null. Labels come from the dashboard catalog by field name; a name it does not know is shown
 * as written, so a setting added on the server still gets a usable form.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NS } from '../i18n';
import { emptyValue, fieldKind, isRecord, withProperty, type FieldKind, type JsonSchema } from './schema';

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
function useWords() {
  const { t } = useTranslation(NS);
  return {
    t,
    field: (name: string) => t(`settings.fields.${name}`, { defaultValue: name }),
    option: (name: string) => t(`settings.values.${name}`, { defaultValue: name }),
    hint: (name: string) => t(`settings.hints.${name}`, { defaultValue: '' }),
  };
}

function Labelled(props: {
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

function NumberField({ kind, ...p }: FieldProps & { kind: Extract<FieldKind, { kind: 'number' }> }) {
  return (
    <input
      id={p.id}
      type="number"
      inputMode={kind.integer ? 'numeric' : 'decimal'}
      step={kind.integer ? 1 : 'any'}
      min={kind.min}
      max={kind.max}
      required={p.required}
      disabled={p.disabled}
      value={typeof p.value === 'number' ? p.value : ''}
      onChange={(e) => p.onChange(e.target.value === '' ? undefined : Number(e.target.value))}
    />
  );
}

function TextField({ kind, ...p }: FieldProps & { kind: Extract<FieldKind, { kind: 'text' }> }) {
  // Codes such as "EUR" or "DE" are capitals only: typing "eur" is accepted and shown as "EUR".
  const capitals = kind.pattern !== undefined && /^\^?\[A-Z\]\{\d+\}\$?$/.test(kind.pattern);
  return (
    <input
      id={p.id}
      required={p.required}
      disabled={p.disabled}
      pattern={kind.pattern}
      minLength={kind.minLength}
      maxLength={kind.maxLength}
      autoComplete="off"
      className={capitals ? 'set-code' : undefined}
      value={typeof p.value === 'string' ? p.value : ''}
      onChange={(e) => {
        const text = capitals ? e.target.value.toUpperCase() : e.target.value;
        p.onChange(text === '' ? undefined : text);
      }}
    />
  );
}

function ChoiceField({ kind, ...p }: FieldProps & { kind: Extract<FieldKind, { kind: 'choice' }> }) {
  const { option } = useWords();
  return (
    <select
      id={p.id}
      required={p.required}
      disabled={p.disabled}
      value={typeof p.value === 'string' ? p.value : ''}
      onChange={(e) => p.onChange(e.target.value === '' ? undefined : e.target.value)}
    >
      {(!p.required || typeof p.value !== 'string') && <option value="">—</option>}
      {kind.options.map((o) => (
        <option key={o} value={o}>
          {option(o)}
        </option>
      ))}
    </select>
  );
}

/** Some of a fixed set of options in order: a switch each, and up / down for the chosen ones. */
function OrderedField({ kind, ...p }: FieldProps & { kind: Extract<FieldKind, { kind: 'ordered' }> }) {
  const { t, option } = useWords();
  const chosen = Array.isArray(p.value)
    ? p.value.filter((v): v is string => kind.options.includes(String(v)))
    : [];
  const rest = kind.options.filter((o) => !chosen.includes(o));
  const move = (from: number, to: number) => {
    const next = [...chosen];
    next.splice(to, 0, ...next.splice(from, 1));
    p.onChange(next);
  };
  return (
    <ol className="set-ordered" id={p.id}>
      {[...chosen, ...rest].map((o, i) => {
        const on = i < chosen.length;
        return (
          <li key={o} className={on ? undefined : 'set-off'}>
            <label className="set-check">
              <input
                type="checkbox"
                checked={on}
                disabled={p.disabled || (on && chosen.length <= kind.minItems)}
                onChange={() => p.onChange(on ? chosen.filter((c) => c !== o) : [...chosen, o])}
              />
              <span>{option(o)}</span>
            </label>
            {on && (
              <span className="set-moves">
                <button
                  type="button"
                  className="button button-small button-quiet"
                  disabled={p.disabled || i === 0}
                  onClick={() => move(i, i - 1)}
                  aria-label={t('settings.up', { name: option(o) })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  disabled={p.disabled || i === chosen.length - 1}
                  onClick={() => move(i, i + 1)}
                  aria-label={t('settings.down', { name: option(o) })}
                >
                  ↓
                </button>
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** A list of short texts, one per line. The text is kept as typed, so Enter starts a new line. */
function LinesField({ kind, ...p }: FieldProps & { kind: Extract<FieldKind, { kind: 'lines' }> }) {
  const lines = Array.isArray(p.value) ? p.value.map(String) : [];
  const [text, setText] = useState(lines.join('\n'));
  const split = (s: string) =>
    s
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  const joined = lines.join('\n');
  useEffect(() => {
    // Only a change from outside (reset, the JSON editor) replaces what is being typed.
    setText((current) => (split(current).join('\n') === joined ? current : joined));
  }, [joined]);
  return (
    <textarea
      id={p.id}
      rows={Math.max(3, Math.min(kind.maxItems ?? 6, lines.length + 1))}
      required={p.required && kind.minItems > 0}
      disabled={p.disabled}
      maxLength={kind.maxItems && kind.item.maxLength ? kind.maxItems * (kind.item.maxLength + 1) : undefined}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        p.onChange(split(e.target.value));
      }}
    />
  );
}

function ObjectField({ kind, ...p }: FieldProps & { kind: Extract<FieldKind, { kind: 'object' }> }) {
  const { field, hint } = useWords();
  const record = isRecord(p.value) ? p.value : {};
  const body = kind.properties.map((prop) => (
    <SchemaField
      key={prop.name}
      schema={prop.schema}
      id={`${p.id}-${prop.name}`}
      label={field(prop.name)}
      hint={hint(prop.name)}
      required={prop.required}
      disabled={p.disabled}
      context={prop.name}
      value={record[prop.name]}
      onChange={(v) => p.onChange(withProperty(record, prop.name, v))}
    />
  ));
  if (!p.label) return <div className="set-group">{body}</div>;
  return (
    <fieldset className="set-group" id={p.id}>
      <legend>{p.label}</legend>
      {body}
    </fieldset>
  );
}

/** An optional entry per known key: one labelled group each. */
function KeyedField({ kind, ...p }: FieldProps & { kind: Extract<FieldKind, { kind: 'keyed' }> }) {
  const { option } = useWords();
  const record = isRecord(p.value) ? p.value : {};
  // Groups (a price list per channel) sit side by side; single values stay one per row.
  const groups = ['object', 'keyed'].includes(fieldKind(kind.value).kind);
  return (
    <div className={groups ? 'set-keyed set-keyed-groups' : 'set-keyed'} id={p.id}>
      {kind.keys.map((key) => (
        <SchemaField
          key={key}
          schema={kind.value}
          id={`${p.id}-${key}`}
          label={option(key)}
          disabled={p.disabled}
          context={p.context}
          value={record[key]}
          onChange={(v) => p.onChange(withProperty(record, key, v))}
        />
      ))}
    </div>
  );
}

/** Rows of key → value the admin adds and removes (currency → exchange rate). */
function EntriesField({ kind, ...p }: FieldProps & { kind: Extract<FieldKind, { kind: 'entries' }> }) {
  const { t } = useWords();
  const record = isRecord(p.value) ? p.value : {};
  const serial = useRef(0);
  const toRows = (r: Record<string, unknown>) =>
    Object.entries(r).map(([key, value]) => ({ n: serial.current++, key, value }));
  const [rows, setRows] = useState(() => toRows(record));
  const outside = JSON.stringify(record);
  useEffect(() => {
    setRows((current) => {
      const mine = JSON.stringify(
        Object.fromEntries(current.filter((r) => r.key).map((r) => [r.key, r.value])),
      );
      return mine === outside ? current : toRows(JSON.parse(outside) as Record<string, unknown>);
    });
  }, [outside]);
  const update = (next: typeof rows) => {
    setRows(next);
    p.onChange(Object.fromEntries(next.filter((r) => r.key).map((r) => [r.key, r.value])));
  };
  return (
    <div className="set-entries" id={p.id}>
      {rows.length === 0 && <p className="dash-meta">{t('settings.noEntries')}</p>}
      {rows.map((row, i) => (
        <div key={row.n} className="set-entry">
          <label className="visually-hidden" htmlFor={`${p.id}-k${row.n}`}>
            {t('settings.entryKey', { n: i + 1 })}
          </label>
          <input
            id={`${p.id}-k${row.n}`}
            className="set-code"
            required
            disabled={p.disabled}
            pattern={kind.keyPattern}
            value={row.key}
            placeholder={t('settings.entryKeyPlaceholder')}
            onChange={(e) =>
              update(rows.map((r) => (r.n === row.n ? { ...r, key: e.target.value.toUpperCase() } : r)))
            }
          />
          <span aria-hidden="true">→</span>
          <label className="visually-hidden" htmlFor={`${p.id}-v${row.n}`}>
            {t('settings.entryValue', { n: i + 1 })}
          </label>
          <SchemaField
            schema={kind.value}
            id={`${p.id}-v${row.n}`}
            required
            disabled={p.disabled}
            context={p.context}
            value={row.value}
            onChange={(v) => update(rows.map((r) => (r.n === row.n ? { ...r, value: v } : r)))}
          />
          <button
            type="button"
            className="button button-small button-quiet"
            disabled={p.disabled}
            onClick={() => update(rows.filter((r) => r.n !== row.n))}
          >
            {t('settings.removeEntry')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button-small button-quiet"
        disabled={p.disabled}
        onClick={() => setRows([...rows, { n: serial.current++, key: '', value: undefined }])}
      >
        {t('settings.addEntry')}
      </button>
    </div>
  );
}

/** A value that may be null: a "none" switch, and the value's own editor when it is not. */
function NullableField({ kind, ...p }: FieldProps & { kind: Extract<FieldKind, { kind: 'nullable' }> }) {
  const { t } = useWords();
  const none = p.value === null;
  const innerKind = fieldKind(kind.inner).kind;
  const block = innerKind === 'object' || innerKind === 'keyed';
  const words = t(`settings.none.${p.context}`, { defaultValue: t('settings.none.default') });
  const toggle = (
    <label className="set-check set-none">
      <input
        type="checkbox"
        checked={none}
        disabled={p.disabled}
        onChange={() => p.onChange(none ? emptyValue(kind.inner) : null)}
      />
      <span>{words}</span>
    </label>
  );
  if (block) {
    return (
      <div className="set-nullable">
        {toggle}
        {!none && <SchemaField {...p} schema={kind.inner} />}
      </div>
    );
  }
  return (
    <div className="set-inline">
      <SchemaField
        {...p}
        label={undefined}
        schema={kind.inner}
        disabled={p.disabled || none}
        value={none ? undefined : p.value}
      />
      {toggle}
    </div>
  );
}

/** The editor for any part of a value. */
export function SchemaField(props: FieldProps & { hint?: string }) {
  const { hint, ...p } = props;
  const kind = fieldKind(p.schema);
  switch (kind.kind) {
    case 'nullable':
      // A group carries its own legend; a single field keeps its label beside it.
      return fieldKind(kind.inner).kind === 'object' || fieldKind(kind.inner).kind === 'keyed' ? (
        <NullableField {...p} kind={kind} />
      ) : (
        <Labelled id={p.id} label={p.label} hint={hint}>
          <NullableField {...p} kind={kind} />
        </Labelled>
      );
    case 'object':
      return <ObjectField {...p} kind={kind} />;
    case 'keyed':
      return p.label ? (
        <fieldset className="set-group" id={p.id}>
          <legend>{p.label}</legend>
          <KeyedField {...p} id={`${p.id}-keys`} kind={kind} />
        </fieldset>
      ) : (
        <KeyedField {...p} kind={kind} />
      );
    case 'boolean':
      return (
        <label className="set-check set-boolean">
          <input
            id={p.id}
            type="checkbox"
            checked={p.value === true}
            disabled={p.disabled}
            onChange={(e) => p.onChange(e.target.checked)}
          />
          <span>
            {p.label}
            {hint && <span className="set-hint">{hint}</span>}
          </span>
        </label>
      );
    default:
      return (
        <Labelled
          id={p.id}
          label={p.label}
          hint={hint}
          group={kind.kind === 'ordered' || kind.kind === 'entries'}
        >
          {kind.kind === 'number' && <NumberField {...p} kind={kind} />}
          {kind.kind === 'text' && <TextField {...p} kind={kind} />}
          {kind.kind === 'choice' && <ChoiceField {...p} kind={kind} />}
          {kind.kind === 'ordered' && <OrderedField {...p} kind={kind} />}
          {kind.kind === 'lines' && <LinesField {...p} kind={kind} />}
          {kind.kind === 'entries' && <EntriesField {...p} kind={kind} />}
          {kind.kind === 'json' && <JsonValue {...p} />}
        </Labelled>
      );
  }
}

/** A part no editor knows: its JSON, checked as it is typed, passed on only when it parses. */
function JsonValue(p: FieldProps) {
  const { t } = useWords();
  const [text, setText] = useState(JSON.stringify(p.value ?? null, null, 2));
  const [bad, setBad] = useState(false);
  return (
    <>
      <textarea
        id={p.id}
        className="set-json"
        rows={4}
        spellCheck={false}
        disabled={p.disabled}
        aria-invalid={bad || undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          try {
            p.onChange(JSON.parse(e.target.value));
            setBad(false);
          } catch {
            setBad(true);
          }
        }}
      />
      {bad && <span className="set-problem">{t('settings.jsonInvalid')}</span>}
    </>
  );
}
