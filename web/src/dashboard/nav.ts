/**
 * The dashboard's screens in the header, each with the permissions that open it (any one is
 * enough). The shell shows a link only to volunteers who hold one; the router shows the screen only
 * to them (the API refuses the rest anyway) — one list, so the two cannot disagree.
 */

/** One header link. */
export interface NavItem {
  /** Catalog key under `nav.` and a stable name for tests. */
  key: string;
  to: string;
  /** Only the exact path counts as "here" (the home, which is a prefix of everything). */
  end?: boolean;
  any: readonly string[];
}

/** Permissions per screen. */
export const SCREEN_PERMISSIONS = {
  home: ['dashboard.view'],
  workbench: ['letters.translate', 'replies.translate'],
  moderation: ['letters.review'],
  // Replies: taking them in (transcribers, and dispatchers who open the post), transcribing, checking.
  replies: ['replies.transcribe', 'letters.dispatch', 'replies.review'],
  replyIntake: ['replies.transcribe', 'letters.dispatch'],
  replyCheck: ['replies.review'],
  // Coordinators and admins open the console for channel budgets and prices.
  dispatch: ['letters.dispatch', 'budgets.manage'],
  // Delivery news and lost letters: what guards the delivery routes (dispatchers, coordinators).
  delivery: ['letters.dispatch', 'letters.reroute'],
  // Prisoners and facilities: the directory's keepers edit and transfer.
  directory: ['directory.edit'],
  import: ['directory.import'],
  // Delivery statistics per facility, with costs: everyone who works letters through to delivery.
  stats: ['stats.view'],
  audit: ['audit.view'],
  users: ['users.manage'],
  settings: ['settings.manage'],
  letter: ['letters.read'],
} as const satisfies Record<string, readonly string[]>;

/** The header links, in order. */
export const NAV: readonly NavItem[] = [
  { key: 'home', to: '/volunteer', end: true, any: SCREEN_PERMISSIONS.home },
  { key: 'workbench', to: '/volunteer/workbench', any: SCREEN_PERMISSIONS.workbench },
  { key: 'moderation', to: '/volunteer/moderation', any: SCREEN_PERMISSIONS.moderation },
  { key: 'replies', to: '/volunteer/replies', any: SCREEN_PERMISSIONS.replies },
  { key: 'dispatch', to: '/volunteer/dispatch', any: SCREEN_PERMISSIONS.dispatch },
  { key: 'lost', to: '/volunteer/lost', any: SCREEN_PERMISSIONS.delivery },
  { key: 'prisoners', to: '/volunteer/directory/prisoners', any: SCREEN_PERMISSIONS.directory },
  { key: 'facilities', to: '/volunteer/directory/facilities', any: SCREEN_PERMISSIONS.directory },
  { key: 'import', to: '/volunteer/directory/import', any: SCREEN_PERMISSIONS.import },
  { key: 'stats', to: '/volunteer/stats', any: SCREEN_PERMISSIONS.stats },
  { key: 'audit', to: '/volunteer/audit', any: SCREEN_PERMISSIONS.audit },
  { key: 'users', to: '/volunteer/users', any: SCREEN_PERMISSIONS.users },
  { key: 'settings', to: '/volunteer/settings', any: SCREEN_PERMISSIONS.settings },
];

/** True when `permissions` open a screen needing any of `any`. */
export function opens(permissions: readonly string[], any: readonly string[]): boolean {
  return any.some((p) => permissions.includes(p));
}

/** The header links a volunteer with `permissions` sees. */
export function navFor(permissions: readonly string[]): NavItem[] {
  return NAV.filter((item) => opens(permissions, item.any));
}
