/**
 * One part of a setting's value, drawn from its JSON Schema (see schema.ts): numbers, switches,
 * choices, short texts, address lines, channels in order of preference, labelled sub-fields of an
 * object, one group per channel, rows of currency → rate, and a "none" switch for values that may
 * be null. Labels come from the dashboard catalog by field name; a name it does not know is shown
 * as written, so a setting added on the server still gets a usable form. This file holds the
 * editors of parts that hold other parts (objects, per-channel groups, rows, "none"); the leaves
 * are in value-fields.tsx.
 */
import { useEffect, useRef, useState } from 'react';
import { Labelled, useWords, type FieldProps } from './field-parts';
import { emptyValue, fieldKind, isRecord, withProperty, type FieldKind } from './schema';
import { ChoiceField, JsonValue, LinesField, NumberField, OrderedField, TextField } from './value-fields';

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
