/**
 * How the settings screen reads a setting's JSON Schema (sent by the API, made from the server's
 * zod schema): which editor draws each part of a value, and small immutable updates that drop a
 * property when its field is emptied, so an optional price left blank keeps its default instead of
 * being saved as an empty string.
 */

/** The subset of JSON Schema the settings use. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
}

/** The editor for one part of a value. */
export type FieldKind =
  | { kind: 'nullable'; inner: JsonSchema }
  | { kind: 'number'; integer: boolean; min?: number; max?: number }
  | { kind: 'boolean' }
  | { kind: 'choice'; options: string[] }
  | { kind: 'text'; pattern?: string; minLength?: number; maxLength?: number }
  /** Some of a fixed set of options, in an order that matters (channels by preference). */
  | { kind: 'ordered'; options: string[]; minItems: number }
  /** A list of short texts, one per line (address lines). */
  | { kind: 'lines'; item: JsonSchema; minItems: number; maxItems?: number }
  | { kind: 'object'; properties: { name: string; schema: JsonSchema; required: boolean }[] }
  /** An entry per known key (a price per channel), each optional. */
  | { kind: 'keyed'; keys: string[]; value: JsonSchema }
  /** Entries with keys the admin types (exchange rates per currency). */
  | { kind: 'entries'; keyPattern?: string; value: JsonSchema }
  /** Anything else: edited as JSON. */
  | { kind: 'json' };

const strings = (values: unknown[] | undefined): string[] | undefined =>
  values?.every((v) => typeof v === 'string') ? values : undefined;

/** Which editor draws `schema`. */
export function fieldKind(schema: JsonSchema): FieldKind {
  const variants = schema.anyOf ?? [];
  const nonNull = variants.filter((v) => v.type !== 'null');
  if (variants.length === 2 && nonNull.length === 1) return { kind: 'nullable', inner: nonNull[0]! };
  switch (schema.type) {
    case 'integer':
    case 'number':
      return {
        kind: 'number',
        integer: schema.type === 'integer',
        min: schema.minimum ?? schema.exclusiveMinimum,
        max: schema.maximum,
      };
    case 'boolean':
      return { kind: 'boolean' };
    case 'string': {
      const options = strings(schema.enum);
      if (options) return { kind: 'choice', options };
      return {
        kind: 'text',
        pattern: schema.pattern,
        minLength: schema.minLength,
        maxLength: schema.maxLength,
      };
    }
    case 'array': {
      const options = strings(schema.items?.enum);
      if (options) return { kind: 'ordered', options, minItems: schema.minItems ?? 0 };
      if (schema.items?.type === 'string')
        return {
          kind: 'lines',
          item: schema.items,
          minItems: schema.minItems ?? 0,
          maxItems: schema.maxItems,
        };
      return { kind: 'json' };
    }
    case 'object': {
      if (schema.properties) {
        const required = new Set(schema.required ?? []);
        return {
          kind: 'object',
          properties: Object.entries(schema.properties).map(([name, s]) => ({
            name,
            schema: s,
            required: required.has(name),
          })),
        };
      }
      const value = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
      if (!value) return { kind: 'json' };
      const keys = strings(schema.propertyNames?.enum);
      if (keys) return { kind: 'keyed', keys, value };
      return { kind: 'entries', keyPattern: schema.propertyNames?.pattern, value };
    }
    default:
      return { kind: 'json' };
  }
}

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `record` with `key` set to `value` — or without `key` when `value` is undefined or an empty
 * object (an optional part left blank).
 */
export function withProperty(record: unknown, key: string, value: unknown): Record<string, unknown> {
  const { [key]: _old, ...rest } = isRecord(record) ? record : {};
  const empty = value === undefined || (isRecord(value) && Object.keys(value).length === 0);
  return empty ? rest : { ...rest, [key]: value };
}

/** A starting value for a part that has none yet (a required object needs its braces). */
export function emptyValue(schema: JsonSchema): unknown {
  const kind = fieldKind(schema).kind;
  if (kind === 'object' || kind === 'keyed' || kind === 'entries') return {};
  if (kind === 'ordered' || kind === 'lines') return [];
  if (kind === 'boolean') return false;
  return undefined;
}

/** Parses the JSON editor's text: the value, or the parser's complaint. */
export function parseJson(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
