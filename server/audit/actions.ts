/**
 * Every action the audit log records. Letter and reply transitions are not repeated here: they
 * are in `letter_events` / `reply_events`, which the audit viewer reads alongside this log.
 */

/** Audit actions, with what each means. */
export const AUDIT_ACTIONS = {
  'auth.login': 'A volunteer signed in.',
  'auth.login_failed': 'A sign-in failed for a known account (wrong password or code).',
  'auth.locked': 'Too many failed sign-ins: the account was locked for a while.',
  'auth.logout': 'A volunteer signed out.',
  'auth.logout_everywhere': 'A volunteer ended all of their sessions.',
  'auth.recovery_code_used': 'A volunteer signed in with a recovery code instead of the authenticator.',
  'auth.recovery_codes_renewed': 'A volunteer made new recovery codes.',
  'auth.password_reset_requested': 'A password reset link was emailed.',
  'auth.password_reset': 'A volunteer set a new password from a reset link.',
  'user.invited': 'A volunteer was invited (or invited again).',
  'user.activated': 'An invited volunteer set a password and enrolled two-factor authentication.',
  'user.updated': "A volunteer's roles, language pairs, name or status changed.",
  'queue.claim': 'A volunteer took an item from a queue.',
  'queue.release': 'A volunteer gave an item back to its queue.',
  'queue.lease_expired': 'Leases ran out and items went back to their queues.',
  'writer.reveal': "An admin revealed a writer's email address.",
  'writer.block': 'A moderator blocked a writer.',
  'writer.unblock': 'A moderator unblocked a writer.',
  'settings.update': 'A run-time setting changed.',
  'directory.import': 'A coordinator imported a prisoner list (counts only).',
  'directory.prisoner_edit':
    "A coordinator changed a person's record (each changed field, before and after).",
  'directory.prisoner_photo':
    "A coordinator set, replaced or removed a person's photo (the pictures' hashes, before and after).",
  'directory.prisoner_transfer':
    'A coordinator recorded a move to another facility or into transit (facility and status, before and after).',
  'directory.facility_edit':
    "A coordinator changed a facility's address, channels or closing (each changed field, before and after).",
  'dispatch.post_batch': 'A dispatcher made a print batch of letters to post (letters, envelope format).',
  'dispatch.tracking':
    "A dispatcher added, corrected or removed a posted letter's tracking number (old and new).",
  'retention.purge': 'Texts past the retention period were purged.',
  'retention.unconfirmed': 'Letters never confirmed by their writers were deleted (counts only).',
} as const;

/** An audit action name. */
export type AuditAction = keyof typeof AUDIT_ACTIONS;
