/**
 * The one place that says which role may do what. Routes ask `requirePermission(name)`; commands
 * and queues ask `can(user, name)`; the dashboard receives `permissionsOf(user)` from /api/auth/me.
 * The role-matrix test walks every API route against an explicit table built from the same names.
 */
import type { Role } from './roles';

/** Each permission and the roles that hold it. */
export const PERMISSIONS = {
  /** See the dashboard home, queue counts and one's own recent work. */
  'dashboard.view': ['translator', 'moderator', 'dispatcher', 'coordinator', 'admin'],
  /** Read a letter's text, translation and screening flags in the dashboard. */
  'letters.read': ['translator', 'moderator', 'dispatcher'],
  /** Take letters from the translation queue and submit Russian translations (own language pairs). */
  'letters.translate': ['translator'],
  /** Approve, send back or reject letters; read screening results. */
  'letters.review': ['moderator'],
  /** Send approved letters through a channel. */
  'letters.dispatch': ['dispatcher'],
  /** Re-route letters on hold after a transfer or release. */
  'letters.reroute': ['dispatcher', 'coordinator'],
  /** Transcribe handwritten replies. */
  'replies.transcribe': ['translator', 'moderator'],
  /** Translate replies out of Russian (own language pairs). */
  'replies.translate': ['translator'],
  /** Check translated replies before they go to the writer. */
  'replies.review': ['moderator'],
  /** Block an abusive writer (by pseudonym). */
  'writers.block': ['moderator'],
  /** Manage screening rules and word lists. */
  'screening.manage': ['moderator'],
  /** Read the full prisoner directory, including unlisted people and internal notes. */
  'directory.read': ['coordinator', 'dispatcher', 'moderator'],
  /** Edit prisoners and facilities, record transfers. */
  'directory.edit': ['coordinator'],
  /** Import prisoner lists and facility registries (with a dry-run diff first). */
  'directory.import': ['coordinator'],
  /** Invite, change and disable volunteers. */
  'users.manage': ['admin'],
  /** Set channel prices and monthly budgets from the dispatcher console (audited as settings). */
  'budgets.manage': ['coordinator', 'admin'],
  /** Change run-time settings (lease time, channel budgets, prices). */
  'settings.manage': ['admin'],
  /** Read the audit log. */
  'audit.view': ['admin'],
  /** Reveal a writer's email address, with a reason that is audited. */
  'writers.reveal': ['admin'],
  /** Read internal statistics (per facility, per channel, per volunteer queue). */
  'stats.view': ['moderator', 'dispatcher', 'coordinator', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

/** A permission name. */
export type Permission = keyof typeof PERMISSIONS;

/** Anything that holds roles (a session user, a user row). */
export interface RoleHolder {
  roles: readonly string[];
}

/** True when one of the holder's roles grants `permission`. */
export function can(holder: RoleHolder | undefined, permission: Permission): boolean {
  if (!holder) return false;
  const allowed: readonly string[] = PERMISSIONS[permission];
  return holder.roles.some((role) => allowed.includes(role));
}

/** Every permission the holder has, for the dashboard to decide what to show. */
export function permissionsOf(holder: RoleHolder): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => can(holder, permission));
}

/** Languages a translator translates from into Russian ("de-ru" → "de"). */
export function sourceLanguagesIntoRussian(languagePairs: readonly string[]): string[] {
  return languagePairs.filter((pair) => pair.endsWith('-ru')).map((pair) => pair.slice(0, -3));
}

/** Languages a translator translates Russian into ("ru-de" → "de"). */
export function targetLanguagesFromRussian(languagePairs: readonly string[]): string[] {
  return languagePairs.filter((pair) => pair.startsWith('ru-')).map((pair) => pair.slice(3));
}

/** True when the holder may translate a text from `from` into `to`. */
export function canTranslatePair(
  holder: RoleHolder & { languagePairs: readonly string[] },
  from: string,
  to: string,
): boolean {
  return holder.roles.includes('translator') && holder.languagePairs.includes(`${from}-${to}`);
}
