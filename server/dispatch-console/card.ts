/**
 * The e-letter card (ФСИН-Письмо, Zonatelecom): opening it starts — or resumes — the dispatch
 * attempt, so the letter is marked as under way before the dispatcher touches the service's form;
 * "mark sent" records the service's order number, cost and date; "could not send" puts the letter
 * back in the queue. Every step is safe to repeat: the dispatch service is idempotent.
 */
import type { AssistedCard, RoutableChannelId } from '../channels/channel';
import { beginDispatch, completeDispatch, failDispatch, type DispatchAttempt } from '../channels/dispatch';
import { routeLetter } from '../channels/routing';
import type { Config } from '../config';
import type { Db } from '../db/database';
import { AppError, conflict, notFound } from '../errors';
import type { Actor } from '../letters/actor';
import { attemptFor, pendingAttempts, type PendingAttempt } from './attempts';
import { spentThisMonth } from './budgets';
import { channelLetterOf, loadConsoleLetters, type ConsoleLetter } from './letters';
import {
  channelCurrencies,
  consoleChannels,
  loadDispatchSettings,
  routingPolicyOf,
  type DispatchSettings,
} from './policy';
import { cardWarnings, letterWarnings, type ConsoleWarning } from './warnings';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ASSISTED: readonly RoutableChannelId[] = ['fsin_pismo', 'zonatelecom'];

/** The card and the attempt it belongs to. */
export interface CardView {
  card: AssistedCard;
  warnings: ConsoleWarning[];
  attempt: PendingAttempt & { resumed: boolean };
  /** Channels routing would also accept, for "send through another service". */
  alternatives: RoutableChannelId[];
}

/** The dispatchable letter, or a 404 / 409 naming its state. */
export async function dispatchableLetter(db: Db, letterId: string): Promise<ConsoleLetter> {
  if (!UUID.test(letterId)) throw notFound('letter');
  const [letter] = await loadConsoleLetters(db, { ids: [letterId] });
  if (!letter) throw notFound('letter');
  if (letter.status !== 'approved' && letter.status !== 'dispatching')
    throw conflict(`letter_is_${letter.status}`, `The letter is ${letter.status}, not waiting for dispatch.`);
  if (letter.russianText === null)
    throw conflict('no_russian_text', 'The letter has no approved Russian text.');
  if (!letter.channelFacility) throw conflict('no_facility', 'The prisoner has no facility on record.');
  return letter;
}

/** Routes the letter with the current budgets (what is already spent and under way). */
async function route(db: Db, settings: DispatchSettings, letter: ConsoleLetter) {
  const spent = await spentThisMonth(db, channelCurrencies(settings));
  const input = channelLetterOf(letter, settings.policy.replyBlank)!;
  return routeLetter({
    country: letter.prisoner.country,
    facility: input.facility,
    letter: { russianText: input.russianText, replyBlank: settings.policy.replyBlank },
    policy: routingPolicyOf(settings, spent),
  });
}

/**
 * Opens the card of `letterId` on `requested` (default: the channel routing chooses, or the one a
 * dispatch is already under way on) and begins the attempt.
 * @throws AppError 404 `letter_not_found`; 409 `letter_is_<status>`, `no_channel`, `channel_not_usable`,
 *   `not_an_assisted_channel` (post goes in print batches), `dispatch_pending_on_<channel>` (also
 *   while the writer posts it themselves), `item_taken`.
 */
export async function openCard(
  db: Db,
  config: Config,
  user: { id: string },
  letterId: string,
  requested?: RoutableChannelId,
): Promise<CardView> {
  const letter = await dispatchableLetter(db, letterId);
  const settings = await loadDispatchSettings(db, config);
  const pending = (await pendingAttempts(db, [letterId])).get(letterId);
  // The writer is posting it themselves: there is nothing for a dispatcher to open.
  if (pending?.channel === 'self_post')
    throw conflict('dispatch_pending_on_self_post', 'The writer chose to post this letter themselves.');
  const decision = await route(db, settings, letter);
  const channel =
    requested ?? (pending?.channel as RoutableChannelId | undefined) ?? decision.choice?.channel;
  if (!channel) {
    throw new AppError(409, 'no_channel', 'No channel can take this letter.', decision.skipped);
  }
  if (!pending) {
    const usable = decision.candidates.some((c) => c.channel === channel);
    // Over budget is the dispatcher's call; a service that does not reach the facility is not.
    const overBudget = decision.skipped.some((s) => s.channel === channel && s.reason === 'over_budget');
    if (!usable && !overBudget) {
      const why = decision.skipped.find((s) => s.channel === channel);
      throw new AppError(
        409,
        'channel_not_usable',
        why?.detail ?? `${channel} cannot take this letter.`,
        why,
      );
    }
    if (letter.claim && letter.claim.userId !== user.id)
      throw conflict('item_taken', `${letter.claim.displayName} is working on this letter.`);
  }
  if (!ASSISTED.includes(channel))
    throw conflict('not_an_assisted_channel', 'Posted letters are sent in print batches.');
  const actor: Actor = { type: 'volunteer', id: user.id };
  const { attempt, resumed } = await beginDispatch(db, letterId, channel, actor);
  const input = channelLetterOf(letter, settings.policy.replyBlank)!;
  const assisted = consoleChannels(settings)[channel];
  if (assisted.kind !== 'assisted') throw conflict('not_an_assisted_channel', 'Not an assisted channel.');
  const card = assisted.prepareCard(input);
  const warnings = [
    ...letterWarnings(letter, user.id).filter((w) => w.code !== 'taken'),
    ...cardWarnings(card, input),
  ];
  const startedBy = (await pendingAttempts(db, [letterId])).get(letterId)?.startedBy ?? null;
  if (resumed && startedBy && startedBy.id !== user.id) {
    warnings.unshift({
      code: 'started_by_other',
      params: { name: startedBy.displayName, at: attempt.createdAt.toISOString() },
      text: `${startedBy.displayName} opened this card first: check the service before sending it again.`,
    });
  }
  return {
    card,
    warnings,
    attempt: {
      id: attempt.id,
      letterId,
      channel: attempt.channel,
      batchId: attempt.batchId,
      createdAt: attempt.createdAt,
      startedBy,
      resumed,
    },
    alternatives: decision.candidates.map((c) => c.channel).filter((c) => c !== channel),
  };
}

/** What the dispatcher records once the service took the letter. */
export interface SentInput {
  attemptId?: string;
  externalRef: string;
  costMinor?: number;
  /** The day the service took it (YYYY-MM-DD); default now. */
  date?: string;
}

/** The moment recorded for a day: now for today (or no day), noon UTC otherwise. */
export function dispatchedAt(date: string | undefined, now = new Date()): Date {
  if (!date || date === now.toISOString().slice(0, 10)) return now;
  const at = new Date(`${date}T12:00:00Z`);
  // A day ahead is allowed: the dispatcher's calendar may run ahead of UTC.
  if (at.getTime() > now.getTime() + 36 * 3600_000)
    throw new AppError(400, 'date_in_future', 'The date is in the future.');
  return at;
}

/**
 * Records the service's order number: the letter becomes dispatched. The same number again is a
 * repeat (`alreadyCompleted`); without a cost the card's estimate is recorded.
 * @throws AppError 404, 409 `no_dispatch_under_way`, `dispatch_attempt_completed`, `external_ref_taken`.
 */
export async function markSent(
  db: Db,
  config: Config,
  user: { id: string },
  letterId: string,
  input: SentInput,
): Promise<{ attempt: DispatchAttempt; alreadyCompleted: boolean }> {
  if (!UUID.test(letterId)) throw notFound('letter');
  const attempt = await attemptFor(db, letterId, input.attemptId);
  let costMinor = input.costMinor ?? null;
  let currency: string | null = null;
  if (attempt.status === 'pending') {
    const settings = await loadDispatchSettings(db, config);
    const [letter] = await loadConsoleLetters(db, { ids: [letterId] });
    const channelInput = letter ? channelLetterOf(letter, settings.policy.replyBlank) : null;
    const channel = consoleChannels(settings)[attempt.channel as RoutableChannelId];
    const estimate = channel && channelInput ? channel.estimateCost(channelInput) : null;
    currency = estimate?.currency ?? channelCurrencies(settings)[attempt.channel] ?? null;
    costMinor ??= estimate?.totalMinor ?? null;
  }
  return completeDispatch(db, attempt.id, {
    externalRef: input.externalRef,
    costMinor,
    currency,
    dispatchedAt: dispatchedAt(input.date),
    actor: { type: 'volunteer', id: user.id },
  });
}

/**
 * "Could not send": the attempt fails and the letter goes back to the queue. A repeat (the
 * latest attempt already failed) changes nothing.
 * @throws AppError 404, 409 `no_dispatch_under_way`, `dispatch_attempt_completed`.
 */
export async function markNotSent(
  db: Db,
  user: { id: string },
  letterId: string,
  input: { attemptId?: string; reason: string },
): Promise<DispatchAttempt> {
  if (!UUID.test(letterId)) throw notFound('letter');
  const attempt = await attemptFor(db, letterId, input.attemptId);
  return failDispatch(db, attempt.id, { error: input.reason, actor: { type: 'volunteer', id: user.id } });
}
