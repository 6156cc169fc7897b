/**
 * Run-time settings an admin may change from the dashboard, each with a zod schema and a default
 * from the configuration. Values live in the `settings` table; every change is audited. Another
 * area adds a setting with one entry here.
 */
import { z } from 'zod';
import type { Config } from '../config';
import { DISPATCH_SETTINGS } from '../dispatch-console/setting-definitions';

/** One setting. */
export interface SettingDefinition<S extends z.ZodType = z.ZodType> {
  description: string;
  schema: S;
  defaultValue(config: Config): z.infer<S>;
}

const define = <S extends z.ZodType>(definition: SettingDefinition<S>) => definition;

/** Every setting, by key. */
export const SETTINGS = {
  claim_lease_minutes: define({
    description: 'Minutes a volunteer holds an item taken from a queue before it goes back (5–480).',
    schema: z.number().int().min(5).max(480),
    defaultValue: (config) => config.CLAIM_LEASE_MINUTES,
  }),
  ...DISPATCH_SETTINGS,
} satisfies Record<string, SettingDefinition>;

/** A setting key. */
export type SettingKey = keyof typeof SETTINGS;

/** True when `key` names a setting. */
export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTINGS, key);
}
