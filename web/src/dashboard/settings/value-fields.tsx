/** Editors of the parts of a setting that hold no other parts: numbers, texts, choices, ordered options, lines, raw JSON. */
import { useEffect, useState } from 'react';
import { useWords, type FieldProps } from './field-parts';
import type { FieldKind } from './schema';

/** A number, within the schema's bounds; empty means unset. */
export function NumberField({ kind, ...p }: FieldProps & { kind: Extract<FieldKind, { kind: 'number' }> }) {
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

/** A short text, capitals only for codes such as "EUR". */
export function TextField({ kind, ...p }: FieldProps & { kind: Extract<FieldKind, { kind: 'text' }> }) {
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

/** One of a fixed set of options. */
export function ChoiceField({ kind, ...p }: FieldProps & { kind: Extract<FieldKind, { kind: 'choice' }> }) {
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
export function OrderedField({ kind, ...p }: FieldProps & { kind: Extract<FieldKind, { kind: 'ordered' }> }) {
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
export function LinesField({ kind, ...p }: FieldProps & { kind: Extract<FieldKind, { kind: 'lines' }> }) {
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

/** A part no editor knows: its JSON, checked as it is typed, passed on only when it parses. */
export function JsonValue(p: FieldProps) {
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
