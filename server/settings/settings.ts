/**
 * Reading and changing run-time settings (see registry.ts). The listing carries each setting's
 * JSON Schema (from its zod schema), so the admin screen can draw a field for every part of a
 * value — numbers, choices, address lines, per-channel prices — instead of one text box.
 */
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record';
import type { Config } from '../config';
import type { Db, Queryable } from '../db/database';
import { settings } from '../db/schema';
import { badRequest, notFound } from '../errors';
import { isSettingKey, SETTINGS, type SettingDefinition, type SettingKey } from './registry';

/** A setting as the admin screen shows it. */
export interface SettingView {
  key: SettingKey;
  description: string;
  value: unknown;
  defaultValue: unknown;
  /** JSON Schema (draft 2020-12) of the value the setting accepts. */
  schema: Record<string, unknown>;
  updatedAt: string | null;
}

/** The JSON Schema of what a setting accepts (as input: optional fields stay optional). */
export function jsonSchemaOf(definition: SettingDefinition): Record<string, unknown> {
  const { $schema: _, ...schema } = z.toJSONSchema(definition.schema, {
    io: 'input',
    unrepresentable: 'any',
  });
  return schema;
}

type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;

/** The current value of `key` (the stored one if valid, else the default). */
export async function getSetting<K extends SettingKey>(
  db: Queryable,
  config: Config,
  key: K,
): Promise<SettingValue<K>> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, key));
  const definition = SETTINGS[key] as SettingDefinition;
  const parsed = row ? definition.schema.safeParse(row.value) : undefined;
  return (parsed?.success ? parsed.data : definition.defaultValue(config)) as SettingValue<K>;
}

/** Every setting with its value. */
export async function listSettings(db: Queryable, config: Config): Promise<SettingView[]> {
  const rows = await db.select().from(settings);
  return (Object.keys(SETTINGS) as SettingKey[]).map((key) => {
    const row = rows.find((r) => r.key === key);
    const parsed = row ? SETTINGS[key].schema.safeParse(row.value) : undefined;
    const defaultValue = SETTINGS[key].defaultValue(config);
    return {
      key,
      description: SETTINGS[key].description,
      value: parsed?.success ? parsed.data : defaultValue,
      defaultValue,
      schema: jsonSchemaOf(SETTINGS[key]),
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  });
}

/**
 * Validates and stores a setting, auditing old and new value.
 * @throws AppError 404 `setting_not_found`, 400 `invalid_setting` (details: each issue's path and message).
 */
export async function changeSetting(
  db: Db,
  config: Config,
  key: string,
  value: unknown,
  userId: string,
): Promise<void> {
  if (!isSettingKey(key)) throw notFound('setting');
  const parsed = SETTINGS[key].schema.safeParse(value);
  if (!parsed.success) {
    // Name the part of an object value that is wrong ("post.unitChars: …"), so the screen can say where.
    const issues = parsed.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
    }));
    const first = issues[0];
    const message = first
      ? first.path
        ? `${first.path}: ${first.message}`
        : first.message
      : 'Invalid value.';
    throw badRequest('invalid_setting', message, issues);
  }
  // A setting cleared to null (no return address) is stored as the JSON value null: the column
  // holds a value for every stored key, and SQL NULL would break that.
  const stored = parsed.data === null ? sql`'null'::jsonb` : parsed.data;
  await db.transaction(async (tx) => {
    const before = await getSetting(tx, config, key);
    await tx
      .insert(settings)
      .values({ key, value: stored, updatedBy: userId })
      .onConflictDoUpdate({
        target: settings.key,
        set: { value: stored, updatedBy: userId, updatedAt: sql`now()` },
      });
    await recordAudit(tx, {
      actor: { type: 'volunteer', id: userId },
      action: 'settings.update',
      subject: { type: 'setting', id: key },
      data: { from: before, to: parsed.data },
    });
  });
}
