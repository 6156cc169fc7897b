/** Response shapes for volunteer accounts. Never includes hashes, secrets or (outside admin) emails. */
import { z } from '@hono/zod-openapi';
import { permissionsOf } from '../policies';
import type { UserRow } from './users';

/** The signed-in volunteer as the dashboard sees them. */
export const MeSchema = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    roles: z.array(z.string()),
    languagePairs: z.array(z.string()),
    permissions: z.array(z.string()),
    uiLanguage: z.string(),
    recoveryCodesLeft: z.number().int(),
  })
  .openapi('Me');

/** Presents a user row as `Me`. */
export function presentMe(user: UserRow): z.infer<typeof MeSchema> {
  return {
    id: user.id,
    displayName: user.displayName,
    roles: user.roles,
    languagePairs: user.languagePairs,
    permissions: permissionsOf(user),
    uiLanguage: user.uiLanguage,
    recoveryCodesLeft: user.recoveryCodeHashes.length,
  };
}
