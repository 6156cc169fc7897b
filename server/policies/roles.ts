/**
 * The volunteer roles. A user may hold several; each grants the permissions listed for it in
 * `permissions.ts` and nothing more (an admin is not implicitly a moderator: grant both if needed).
 */

/** Every role, in the order the dashboard shows them. */
export const ROLES = [
  /** Translates letters into Russian and replies out of it, in the language pairs they hold. */
  'translator',
  /** Reads screened, translated letters and approves, sends back or rejects them; reviews replies. */
  'moderator',
  /** Sends approved letters through a channel and re-routes held ones. */
  'dispatcher',
  /** Keeps the prisoner directory and the facility registry current; runs imports. */
  'coordinator',
  /** Manages volunteers and settings; reads the audit log; may reveal a writer's email, with a reason. */
  'admin',
] as const;

/** A volunteer role. */
export type Role = (typeof ROLES)[number];

/** A language pair a translator works in, "de-ru" or "ru-de": one side is always Russian. */
export const LANGUAGE_PAIR_PATTERN = /^(?:[a-z]{2}-ru|ru-[a-z]{2})$/;

/** True when `value` is a known role. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
