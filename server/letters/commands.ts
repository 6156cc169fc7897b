/**
 * One named command per letter transition. Each is a thin, documented entry point over
 * `transitionLetter`; routes, jobs and the CLI call these, never `transitionLetter` by name strings.
 */
import type { Queryable } from '../db/database';
import type { Actor } from './actor';
import { transitionLetter, type TransitionOptions, type TransitionResult } from './transition';

type Command = (
  db: Queryable,
  letterId: string,
  actor: Actor,
  options?: TransitionOptions,
) => Promise<TransitionResult>;

const command =
  (name: Parameters<typeof transitionLetter>[2]): Command =>
  (db, letterId, actor, options) =>
    transitionLetter(db, letterId, name, actor, options);

/** The writer confirmed their email: submitted → screening. */
export const confirmLetter = command('confirm');
/** Screening passed; a translator is needed: screening → translating. */
export const sendLetterToTranslation = command('sendToTranslation');
/** Screening passed and the letter is already Russian: screening → reviewing. */
export const skipLetterTranslation = command('skipTranslation');
/** The translator finished: translating → reviewing. */
export const submitLetterTranslation = command('submitTranslation');
/** A moderator approved the Russian text: reviewing → approved. */
export const approveLetter = command('approve');
/** A moderator asked the writer for changes: screening | reviewing → changes_requested. */
export const requestLetterChanges = command('requestChanges');
/** The writer edited after a request: changes_requested → screening. */
export const resubmitLetter = command('resubmit');
/** A moderator refused the letter. */
export const rejectLetter = command('reject');
/** The writer took the letter back before dispatch. */
export const withdrawLetter = command('withdraw');
/** A dispatch attempt began: approved → dispatching. */
export const startLetterDispatch = command('startDispatch');
/** The channel accepted the letter: dispatching → dispatched. */
export const markLetterDispatched = command('markDispatched');
/** The dispatch attempt failed before the channel took it: dispatching → approved. */
export const abortLetterDispatch = command('abortDispatch');
/** The letter reached the prisoner. */
export const markLetterDelivered = command('markDelivered');
/** The censor stopped it or the post returned it. */
export const markLetterReturned = command('markReturned');
/** No news in time after dispatch: dispatched → lost. */
export const markLetterLost = command('markLost');
/** Pause for re-routing (transfer, release): approved | dispatched → on_hold. */
export const holdLetter = command('hold');
/** Re-routed; waits for dispatch again: on_hold → approved. */
export const releaseLetter = command('release');
/** The person left custody: pause a letter wherever it is before dispatch. */
export const holdLetterForRecipient = command('holdForRecipient');
/** The person is held again: on_hold → screening. */
export const resumeLetterScreening = command('resumeScreening');
/** The person is held again: on_hold → translating. */
export const resumeLetterTranslation = command('resumeTranslation');
/** The person is held again: on_hold → reviewing. */
export const resumeLetterReview = command('resumeReview');
/** The person is held again: on_hold → changes_requested. */
export const resumeLetterChanges = command('resumeChanges');
/** Send again after a return or loss: returned | lost → approved. */
export const resendLetter = command('resend');
