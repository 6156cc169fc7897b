/**
 * A moderator's decision on a letter in review: approve it, ask the writer for changes, or refuse
 * it. One transaction each: the letter is locked (another volunteer's live lease refuses), the
 * named letter command moves it and writes its event (the audit record: who, when, the words the
 * writer is shown, and the reasons and flags as data), and an approval stores the translation's
 * sentence pairs in the translation memory.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db, Queryable } from '../db/database';
import { translations } from '../db/schema';
import { AppError, badRequest, conflict } from '../errors';
import type { SessionUser } from '../http/app-env';
import { approveLetter, rejectLetter, requestLetterChanges } from '../letters/commands';
import { assertNotHeldByOther } from '../queues/lease';
import { rememberTranslation } from '../workbench/remember';
import { onlyInfo, severityCounts } from './flags';
import { MODERATION_REASONS, writerUiLanguage } from './reasons';
import { loadForModeration, type LoadedLetter } from './view';

/** What the moderator decided. `reasons` are ids of {@link MODERATION_REASONS}. */
export type Decision =
  | { decision: 'approve' }
  | { decision: 'changes'; reasons: string[]; flagRuleIds?: string[]; message?: string }
  | { decision: 'reject'; reasons: string[]; message?: string };

const FREE_LEASE = { claimedBy: null, claimExpiresAt: null } as const;

/** The words the writer reads in "My letters": the reasons, the flagged passages' advice, the free text. */
export function writerMessage(
  loaded: LoadedLetter,
  decision: Exclude<Decision, { decision: 'approve' }>,
): string {
  const language = writerUiLanguage(loaded.writer.uiLanguage);
  const parts: string[] = [];
  for (const id of decision.reasons) {
    const reason = MODERATION_REASONS.find((r) => r.id === id && r.decision === decision.decision);
    if (!reason) throw badRequest('unknown_reason', `No ${decision.decision} reason "${id}".`);
    parts.push(reason.text[language]);
  }
  if (decision.decision === 'changes') {
    for (const ruleId of new Set(decision.flagRuleIds ?? [])) {
      const flag = loaded.flags.source.find((f) => f.ruleId === ruleId);
      if (!flag) throw badRequest('unknown_flag', `The original has no flag "${ruleId}".`);
      const quoted = (loaded.letter.body ?? '').slice(flag.start, flag.end);
      parts.push(`«${quoted}»: ${flag.message}${flag.suggestion ? ` (${flag.suggestion})` : ''}`);
    }
  }
  const message = decision.message?.trim();
  if (message) parts.push(message);
  const text = [...new Set(parts)].join('\n\n');
  if (text.length < 3)
    throw badRequest('reason_required', 'Tell the writer why: pick a reason or write one.');
  return text;
}

/** Approves inside `tx` (shared with fast approval). */
async function approveLoaded(
  tx: Queryable,
  user: SessionUser,
  loaded: LoadedLetter,
  fast: boolean,
): Promise<void> {
  const { letter, translation, russian } = loaded;
  if (russian === null) throw conflict('no_translation', 'There is no Russian text to approve.');
  if (letter.language !== 'ru' && translation?.translatorId === user.id) {
    throw new AppError(403, 'own_work', 'Another moderator must approve your own translation.');
  }
  await approveLetter(
    tx,
    letter.id,
    { type: 'volunteer', id: user.id },
    {
      patch: FREE_LEASE,
      data: { flags: severityCounts(loaded.flags), ...(fast ? { fastApproved: true } : {}) },
    },
  );
  if (!translation) return;
  await tx
    .update(translations)
    .set({ status: 'approved', updatedAt: sql`now()` })
    .where(eq(translations.id, translation.id));
  await rememberTranslation(tx, {
    sourceText: letter.body ?? '',
    targetText: russian,
    from: letter.language,
    to: 'ru',
    translationId: translation.id,
    writerId: letter.writerId,
    approvedBy: user.id,
  });
}

/**
 * Carries out a decision; returns the letter's new status.
 * @throws AppError 400 `unknown_reason` / `unknown_flag` / `reason_required`, 403 `own_work`,
 *   409 `item_taken` / `letter_is_<status>` / `no_translation`.
 */
export async function decideLetter(
  db: Db,
  user: SessionUser,
  letterId: string,
  decision: Decision,
): Promise<string> {
  return db.transaction(async (tx) => {
    await assertNotHeldByOther(tx, 'letter', letterId, user.id);
    const loaded = await loadForModeration(tx, letterId);
    const actor = { type: 'volunteer' as const, id: user.id };
    if (decision.decision === 'approve') {
      await approveLoaded(tx, user, loaded, false);
      return 'approved';
    }
    const reason = writerMessage(loaded, decision);
    const data = {
      reasons: decision.reasons,
      ...('flagRuleIds' in decision ? { flags: decision.flagRuleIds } : {}),
    };
    if (decision.decision === 'changes') {
      await requestLetterChanges(tx, letterId, actor, { reason, patch: FREE_LEASE, data });
      return 'changes_requested';
    }
    await rejectLetter(tx, letterId, actor, { reason, patch: FREE_LEASE, data });
    return 'rejected';
  });
}

/** Why a letter was left out of a fast approval. */
export type FastSkip =
  | 'flags_above_info'
  | 'writer_blocked'
  | 'item_taken'
  | 'not_reviewing'
  | 'own_work'
  | 'no_translation'
  | 'not_found';

/**
 * Approves each letter that still qualifies (in review, no flag above `info` on either text,
 * writer not blocked, free or held by this moderator), each in its own transaction.
 */
export async function fastApprove(
  db: Db,
  user: SessionUser,
  letterIds: readonly string[],
): Promise<{ approved: string[]; skipped: { id: string; code: FastSkip }[] }> {
  const approved: string[] = [];
  const skipped: { id: string; code: FastSkip }[] = [];
  for (const id of new Set(letterIds)) {
    try {
      await db.transaction(async (tx) => {
        await assertNotHeldByOther(tx, 'letter', id, user.id);
        const loaded = await loadForModeration(tx, id);
        if (loaded.letter.status !== 'reviewing') throw conflict('not_reviewing', '');
        if (loaded.writer.blockedAt) throw conflict('writer_blocked', '');
        if (!onlyInfo(loaded.flags)) throw conflict('flags_above_info', '');
        await approveLoaded(tx, user, loaded, true);
      });
      approved.push(id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const code = error.code.endsWith('_not_found')
        ? 'not_found'
        : error.code.startsWith('letter_is_')
          ? 'not_reviewing'
          : error.code;
      skipped.push({ id, code: code as FastSkip });
    }
  }
  return { approved, skipped };
}
