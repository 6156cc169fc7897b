/**
 * The letter state machine: every status a letter can be in, what each means, and the only
 * transitions allowed between them. Commands in `server/letters/` are the sole writers of
 * `letters.status`; they look up their move here, so the machine can be tested as data.
 */

/** Every status a letter can be in, in pipeline order then side states. */
export const LETTER_STATUSES = [
  /** Written and stored; waiting for the writer to click the confirmation link in their email. */
  'submitted',
  /** Confirmed by the writer; the automatic screening of the source text is running or queued. */
  'screening',
  /** Screened; a volunteer translator is putting it into Russian (skipped for Russian letters). */
  'translating',
  /** In Russian; a moderator is reading the translation and the screening flags. */
  'reviewing',
  /** Approved by a moderator; waiting for a dispatcher or the router to pick a channel. */
  'approved',
  /** A dispatch attempt has started on a channel and has not been confirmed yet. */
  'dispatching',
  /** Handed to the channel (e-letter order placed, envelope posted). */
  'dispatched',
  /** Confirmed in the prisoner's hands (service status, reply, or confirmation). Final. */
  'delivered',
  /** A moderator asked the writer to change the letter; waiting for the writer's edit. */
  'changes_requested',
  /** A moderator decided this letter must not be sent. Final. */
  'rejected',
  /** The writer took the letter back before it was sent. Final. */
  'withdrawn',
  /** Paused: the prisoner was transferred, released, or cannot be reached; waiting for re-routing. */
  'on_hold',
  /** Stopped by the facility censor or returned by the post. Final unless resent. */
  'returned',
  /** No confirmation arrived within the configured time after dispatch. */
  'lost',
] as const;

/** A letter's status. */
export type LetterStatus = (typeof LETTER_STATUSES)[number];

/** Who may perform a transition: the writer (magic link), a volunteer, or the system (jobs). */
export type TransitionActor = 'writer' | 'volunteer' | 'system';

/** One allowed move of the machine. */
export interface LetterTransition {
  /** The states the move may start from. */
  readonly from: readonly LetterStatus[];
  /** The state the move ends in. */
  readonly to: LetterStatus;
  /** Who may make it. */
  readonly actors: readonly TransitionActor[];
}

/**
 * The explicit table of allowed transitions, keyed by command name. A move not in this table is
 * forbidden; `server/letters/transition.ts` enforces it with a conditional UPDATE.
 */
export const LETTER_TRANSITIONS = {
  /** The writer clicked the confirmation link. */
  confirm: { from: ['submitted'], to: 'screening', actors: ['writer'] },
  /** Screening passed and the letter needs a translator. */
  sendToTranslation: { from: ['screening'], to: 'translating', actors: ['system', 'volunteer'] },
  /** Screening passed and the letter is already in Russian: no translation needed. */
  skipTranslation: { from: ['screening'], to: 'reviewing', actors: ['system', 'volunteer'] },
  /** A translator finished the Russian text. */
  submitTranslation: { from: ['translating'], to: 'reviewing', actors: ['volunteer'] },
  /** A moderator approved the Russian text for sending. */
  approve: { from: ['reviewing'], to: 'approved', actors: ['volunteer'] },
  /** A moderator asked the writer to change something. */
  requestChanges: { from: ['screening', 'reviewing'], to: 'changes_requested', actors: ['volunteer'] },
  /** The writer edited the letter after a request; it is screened again. */
  resubmit: { from: ['changes_requested'], to: 'screening', actors: ['writer'] },
  /** A moderator decided the letter must not go out. */
  reject: {
    from: ['screening', 'translating', 'reviewing', 'changes_requested', 'on_hold'],
    to: 'rejected',
    actors: ['volunteer'],
  },
  /** The writer took the letter back; only possible before it leaves the organisation. */
  withdraw: {
    from: ['submitted', 'screening', 'translating', 'reviewing', 'approved', 'changes_requested', 'on_hold'],
    to: 'withdrawn',
    actors: ['writer'],
  },
  /**
   * A dispatch attempt started on a channel. The writer starts one only on self-post, for their
   * own letter (server/writer/self-post.ts checks both).
   */
  startDispatch: { from: ['approved'], to: 'dispatching', actors: ['volunteer', 'system', 'writer'] },
  /** The channel accepted the letter (order number, posting date); the writer: "I have posted it". */
  markDispatched: { from: ['dispatching'], to: 'dispatched', actors: ['volunteer', 'system', 'writer'] },
  /**
   * The dispatch attempt failed before the channel accepted it; the letter waits again. The
   * writer: "let the volunteers send it after all".
   */
  abortDispatch: { from: ['dispatching'], to: 'approved', actors: ['volunteer', 'system', 'writer'] },
  /** The letter reached the prisoner (or a reply proves it did, even after it was presumed lost). */
  markDelivered: { from: ['dispatched', 'lost'], to: 'delivered', actors: ['volunteer', 'system'] },
  /** The censor stopped it or the post returned it. */
  markReturned: { from: ['dispatched', 'lost'], to: 'returned', actors: ['volunteer', 'system'] },
  /** No news within the configured time after dispatch. */
  markLost: { from: ['dispatched'], to: 'lost', actors: ['system', 'volunteer'] },
  /** The prisoner moved or cannot be reached: pause the letter until it is re-routed. */
  hold: { from: ['approved', 'dispatched'], to: 'on_hold', actors: ['system', 'volunteer'] },
  /** Re-routed to the prisoner's new facility: the letter waits for dispatch again. */
  release: { from: ['on_hold'], to: 'approved', actors: ['volunteer', 'system'] },
  /**
   * The person left custody (released, died, left the country, sent home under house arrest):
   * every letter not yet sent out is paused wherever it is in the pipeline; the hold's event keeps
   * the state it left. A letter already paused for a transfer is held again, for the new cause.
   */
  holdForRecipient: {
    from: ['screening', 'translating', 'reviewing', 'approved', 'changes_requested', 'on_hold'],
    to: 'on_hold',
    actors: ['system', 'volunteer'],
  },
  /** The person is held again: a letter paused during screening goes back to screening. */
  resumeScreening: { from: ['on_hold'], to: 'screening', actors: ['system', 'volunteer'] },
  /** The person is held again: a letter paused during translation goes back to the translators. */
  resumeTranslation: { from: ['on_hold'], to: 'translating', actors: ['system', 'volunteer'] },
  /** The person is held again: a letter paused during review goes back to the moderators. */
  resumeReview: { from: ['on_hold'], to: 'reviewing', actors: ['system', 'volunteer'] },
  /** The person is held again: a letter paused while waiting for the writer's edit waits again. */
  resumeChanges: { from: ['on_hold'], to: 'changes_requested', actors: ['system', 'volunteer'] },
  /** Send again after a return or loss, through the same or another channel. */
  resend: { from: ['returned', 'lost'], to: 'approved', actors: ['volunteer'] },
} as const satisfies Record<string, LetterTransition>;

/** The name of a letter command, e.g. `approve`. */
export type LetterTransitionName = keyof typeof LETTER_TRANSITIONS;

/**
 * Why a letter is on hold because the person it is for left custody (set by the
 * prisoner-custody-changed job; the writer is told in these words, by email and in "My letters").
 */
export const RECIPIENT_HOLD_CAUSES = [
  'recipient_released',
  'recipient_deceased',
  'recipient_abroad',
  'recipient_house_arrest',
] as const;

/** A hold cause for a person out of custody. */
export type RecipientHoldCause = (typeof RECIPIENT_HOLD_CAUSES)[number];

/** True for a hold cause naming a recipient out of custody. */
export function isRecipientHoldCause(cause: unknown): cause is RecipientHoldCause {
  return (RECIPIENT_HOLD_CAUSES as readonly unknown[]).includes(cause);
}

/** States no command leaves (except the explicit recoveries from `lost`/`returned`). */
export const FINAL_LETTER_STATUSES: readonly LetterStatus[] = ['delivered', 'rejected', 'withdrawn'];

/** True while the writer may still withdraw the letter. */
export function isWithdrawable(status: LetterStatus): boolean {
  return (LETTER_TRANSITIONS.withdraw.from as readonly LetterStatus[]).includes(status);
}
