/**
 * The dispatcher's queue: approved letters routed with the current budgets and grouped by the
 * channel routing chose, with cost estimates; letters under way (open cards, print batches); and
 * each channel's budget. Routing runs over the queue oldest first, counting what earlier letters
 * would spend, so a budget that runs out part-way sends the rest to their fallback channel.
 */
import type * as Wire from '../../shared/api/dispatch';
import type { CostEstimate, RoutableChannelId } from '../channels/channel';
import { routeLetter, type SkippedChannel } from '../channels/routing';
import type { Config } from '../config';
import type { Queryable } from '../db/database';
import { pendingAttempts, type PendingAttempt } from './attempts';
import { budgetStatuses, spentThisMonth, type PerChannel } from './budgets';
import { channelLetterOf, loadConsoleLetters, type ConsoleLetter } from './letters';
import { channelCurrencies, consoleChannels, loadDispatchSettings, routingPolicyOf } from './policy';
import { dativeLineOf, type DativeLine } from './recipient';
import { letterWarnings, routeWarnings, type ConsoleWarning } from './warnings';

/** Most approved letters the queue routes at once. */
export const QUEUE_LIMIT = 500;

/**
 * A letter in the console: the wire shape (shared/api/dispatch.ts) with dates, and the server's
 * own types for the parts routing produced.
 */
export interface QueueLetter extends Omit<Wire.QueueLetter, 'since' | 'claim' | 'attempt'> {
  since: Date;
  estimate: CostEstimate | null;
  skipped: SkippedChannel[];
  dative: DativeLine;
  warnings: ConsoleWarning[];
  claim: { userId: string; displayName: string; until: Date } | null;
  attempt: (PendingAttempt & { stale: boolean }) | null;
}

/** The letters routing sends through one channel (or none). */
export interface QueueGroup extends Omit<Wire.QueueGroup, 'letters'> {
  letters: QueueLetter[];
}

/** An open print batch (its PDF address is added when presented). */
export interface OpenBatch extends Omit<Wire.OpenBatch, 'createdAt' | 'pdfUrl' | 'letters'> {
  createdAt: Date;
  letters: QueueLetter[];
}

/** The whole console, before presenting. */
export interface DispatchQueue extends Omit<
  Wire.DispatchQueue,
  'groups' | 'inProgress' | 'writerPosting' | 'batches'
> {
  groups: QueueGroup[];
  inProgress: QueueLetter[];
  writerPosting: QueueLetter[];
  batches: OpenBatch[];
}

const add = (into: PerChannel, channel: RoutableChannelId, minor: number) => {
  into[channel] = (into[channel] ?? 0) + minor;
};

function baseView(
  letter: ConsoleLetter,
): Omit<QueueLetter, 'channel' | 'estimate' | 'alternatives' | 'skipped' | 'warnings' | 'attempt'> {
  const { facility } = letter;
  return {
    id: letter.id,
    refCode: letter.refCode,
    status: letter.status,
    since: letter.since,
    prisoner: {
      id: letter.prisoner.id,
      name: letter.prisoner.fullName,
      birthYear: letter.prisoner.birthYear,
    },
    facility: facility
      ? {
          shortName: facility.shortName,
          officialName: facility.officialName,
          region: facility.region,
          postcode: facility.postcode,
        }
      : null,
    chars: letter.russianText ? [...letter.russianText].length : 0,
    dative: dativeLineOf(letter.prisoner),
    claim: letter.claim,
  };
}

/** Builds the console for `userId` (their own leases are not reported as someone else's). */
export async function dispatchQueue(db: Queryable, config: Config, userId: string): Promise<DispatchQueue> {
  const settings = await loadDispatchSettings(db, config);
  const channels = consoleChannels(settings);
  const currencies = channelCurrencies(settings);
  const [approved, underWay, attempts, spent] = await Promise.all([
    loadConsoleLetters(db, { statuses: ['approved'], limit: QUEUE_LIMIT + 1 }),
    loadConsoleLetters(db, { statuses: ['dispatching'] }),
    pendingAttempts(db),
    spentThisMonth(db, currencies),
  ]);
  const staleBefore = Date.now() - config.STUCK_DISPATCHING_HOURS * 3600_000;
  const selfPostStaleBefore = Date.now() - config.SELF_POST_DAYS * 24 * 3600_000;
  const replyBlank = settings.policy.replyBlank;

  const pending: PerChannel = {};
  const inProgress: QueueLetter[] = [];
  const writerPosting: QueueLetter[] = [];
  const batches = new Map<string, OpenBatch>();
  for (const letter of underWay) {
    const attempt = attempts.get(letter.id);
    const channelId = (attempt?.channel ?? null) as RoutableChannelId | null;
    const input = channelLetterOf(letter, replyBlank);
    const estimate =
      channelId && input && channels[channelId] ? channels[channelId].estimateCost(input) : null;
    if (channelId && estimate) add(pending, channelId, estimate.totalMinor);
    const selfPost = attempt?.channel === 'self_post';
    const staleAt = selfPost ? selfPostStaleBefore : staleBefore;
    const view: QueueLetter = {
      ...baseView(letter),
      // Self-post is no channel of the organisation's; the attempt names it.
      channel: selfPost ? null : channelId,
      estimate,
      alternatives: [],
      skipped: [],
      warnings: letterWarnings(letter, userId),
      attempt: attempt ? { ...attempt, stale: attempt.createdAt.getTime() < staleAt } : null,
    };
    if (selfPost) writerPosting.push(view);
    else if (attempt?.batchId) {
      const batch = batches.get(attempt.batchId) ?? {
        id: attempt.batchId,
        createdAt: attempt.createdAt,
        letters: [],
      };
      batch.letters.push(view);
      if (attempt.createdAt < batch.createdAt) batch.createdAt = attempt.createdAt;
      batches.set(attempt.batchId, batch);
    } else inProgress.push(view);
  }

  const planned: PerChannel = {};
  const groups = new Map<RoutableChannelId | null, QueueGroup>();
  for (const letter of approved.slice(0, QUEUE_LIMIT)) {
    const committed: PerChannel = {};
    for (const id of settings.policy.order)
      committed[id] = (spent[id] ?? 0) + (pending[id] ?? 0) + (planned[id] ?? 0);
    const input = channelLetterOf(letter, replyBlank);
    const decision = input
      ? routeLetter({
          country: letter.prisoner.country,
          facility: input.facility,
          letter: { russianText: input.russianText, replyBlank },
          policy: routingPolicyOf(settings, committed),
        })
      : null;
    const choice = decision?.choice ?? null;
    if (choice?.estimate) add(planned, choice.channel, choice.estimate.totalMinor);
    const channel = choice?.channel ?? null;
    const view: QueueLetter = {
      ...baseView(letter),
      channel,
      estimate: choice?.estimate ?? null,
      alternatives: decision?.candidates.slice(1).map((c) => c.channel) ?? [],
      skipped: decision?.skipped.filter((s) => s.reason !== 'not_in_policy') ?? [],
      // Budget warnings are shown once, on the budget bars, not on every letter.
      warnings: [...letterWarnings(letter, userId), ...routeWarnings(decision?.warnings ?? [], channel)],
      attempt: null,
    };
    const group =
      groups.get(channel) ??
      ({
        channel,
        kind: channel ? (channels[channel].kind === 'print' ? 'print' : 'assisted') : null,
        count: 0,
        totals: [],
        unpriced: 0,
        letters: [],
      } satisfies QueueGroup);
    group.count++;
    group.letters.push(view);
    if (view.estimate) {
      const total = group.totals.find((t) => t.currency === view.estimate!.currency);
      if (total) total.minor += view.estimate.totalMinor;
      else group.totals.push({ currency: view.estimate.currency, minor: view.estimate.totalMinor });
    } else if (channel) group.unpriced++;
    groups.set(channel, group);
  }

  // Channels in the policy's order, then letters no channel can take.
  const ordered = [...settings.policy.order, null]
    .map((id) => groups.get(id))
    .filter((g): g is QueueGroup => g !== undefined);
  return {
    groups: ordered,
    inProgress,
    writerPosting,
    batches: [...batches.values()].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()),
    budgets: budgetStatuses(settings, currencies, { spent, pending, queued: planned }),
    truncated: approved.length > QUEUE_LIMIT,
    postSenderSet: settings.sender !== null,
  };
}
