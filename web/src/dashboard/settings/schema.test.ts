/**
 * The settings screen reads the server's settings: every part of every real setting gets an
 * editor of its own (none falls back to raw JSON), and emptied optional parts are dropped.
 */
import { describe, expect, it } from 'vitest';
import { SETTINGS } from '../../../../server/settings/registry';
import { jsonSchemaOf } from '../../../../server/settings/settings';
import { fieldKind, withProperty, emptyValue, type FieldKind, type JsonSchema } from './schema';

const schemaOf = (key: keyof typeof SETTINGS) => jsonSchemaOf(SETTINGS[key]) as JsonSchema;

/** Every editor kind used in a schema, depth first. */
function kinds(schema: JsonSchema): FieldKind['kind'][] {
  const kind = fieldKind(schema);
  switch (kind.kind) {
    case 'nullable':
      return ['nullable', ...kinds(kind.inner)];
    case 'object':
      return ['object', ...kind.properties.flatMap((p) => kinds(p.schema))];
    case 'keyed':
    case 'entries':
      return [kind.kind, ...kinds(kind.value)];
    default:
      return [kind.kind];
  }
}

describe('settings editors', () => {
  it('draws every part of every setting with a field, never raw JSON', () => {
    for (const key of Object.keys(SETTINGS) as (keyof typeof SETTINGS)[]) {
      expect(kinds(schemaOf(key)), key).not.toContain('json');
    }
  });

  it('reads each setting as the editor it needs', () => {
    expect(fieldKind(schemaOf('claim_lease_minutes'))).toEqual({
      kind: 'number',
      integer: true,
      min: 5,
      max: 480,
    });
    expect(kinds(schemaOf('dispatch_policy'))).toEqual([
      'object',
      'ordered',
      'choice',
      'boolean',
      'entries',
      'number',
    ]);
    expect(kinds(schemaOf('channel_budgets'))).toEqual(['keyed', 'nullable', 'number']);
    expect(kinds(schemaOf('channel_prices'))).toEqual([
      'keyed',
      'object',
      'nullable',
      'number',
      'number',
      'number',
      'text',
    ]);
    expect(kinds(schemaOf('post_sender'))).toEqual([
      'nullable',
      'object',
      'text',
      'lines',
      'text',
      'text',
      'text',
    ]);
    const policy = fieldKind(schemaOf('dispatch_policy'));
    expect(policy.kind === 'object' && policy.properties.map((p) => [p.name, p.required])).toEqual([
      ['order', true],
      ['strategy', true],
      ['replyBlank', true],
      ['rates', true],
    ]);
    const budgets = fieldKind(schemaOf('channel_budgets'));
    expect(budgets.kind === 'keyed' && budgets.keys).toEqual(['fsin_pismo', 'zonatelecom', 'post']);
  });

  it('drops a part left empty and keeps null, which means something', () => {
    const prices = { post: { unitPriceMinor: 180 }, fsin_pismo: { unitChars: 2500 } };
    expect(withProperty(prices, 'post', {})).toEqual({ fsin_pismo: { unitChars: 2500 } });
    expect(withProperty(prices.post, 'unitPriceMinor', undefined)).toEqual({});
    expect(withProperty({ post: 100 }, 'post', null)).toEqual({ post: null });
    expect(withProperty(undefined, 'EUR', 100)).toEqual({ EUR: 100 });
    expect(emptyValue(schemaOf('dispatch_policy'))).toEqual({});
  });
});
