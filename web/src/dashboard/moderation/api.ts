/**
 * The moderation calls and their shapes (server/http/routes/moderation-schemas.ts); flags and the
 * fast-approve list are shared/api/moderation.ts, the types the server presents them with.
 */
import type { FastApprovable, ModerationFlag } from '../../../../shared/api/moderation';
import { api, get } from '../../api/client';

export type { FastApprovable, ModerationFlag } from '../../../../shared/api/moderation';

/** A ready-made reason, its text in the writer's language. */
export interface Reason {
  id: string;
  label: string;
  text: string;
}

/** Paragraph ranges of a text. */
export type Blocks = { start: number; end: number }[];

/** The moderation screen's data. */
export interface ModerationData {
  id: string;
  refCode: string;
  status: string;
  language: string;
  writer: { pseudonym: string; language: string; uiLanguage: string; blocked: boolean };
  prisoner: { id: string; name: string };
  original: { text: string; signature: string; paragraphs: Blocks } | null;
  russian: { text: string; paragraphs: Blocks; translatorId: string | null; engine: string | null } | null;
  flags: { source: ModerationFlag[]; translation: ModerationFlag[] };
  signals: {
    sameText: { letters: number; prisoners: number; writers: number };
    burst: { lastHour: number; lastDay: number };
    blocked: boolean;
    rejectedBefore: number;
  };
  badges: ('campaign' | 'burst' | 'blocked' | 'rejected_before')[];
  reasons: { changes: Reason[]; reject: Reason[] };
  ownTranslation: boolean;
  claim: { userId: string; displayName: string; until: string } | null;
  history: { name: string; to: string | null; actorType: string; reason: string | null; at: string }[];
}

/** A decision. */
export type Decision =
  | { decision: 'approve' }
  | { decision: 'changes'; reasons: string[]; flagRuleIds: string[]; message?: string }
  | { decision: 'reject'; reasons: string[]; message?: string };

/** The moderation calls. */
export const moderationApi = {
  letter: (id: string, signal?: AbortSignal) =>
    get<ModerationData>(`/volunteer/moderation/letters/${encodeURIComponent(id)}`, signal),
  decide: (id: string, decision: Decision) =>
    api<{ status: string }>('POST', `/volunteer/moderation/letters/${encodeURIComponent(id)}/decision`, {
      body: decision,
    }),
  fastList: (signal?: AbortSignal) =>
    get<{ letters: FastApprovable[] }>('/volunteer/moderation/fast-approve', signal),
  fastApprove: (letterIds: string[]) =>
    api<{ approved: string[]; skipped: { id: string; code: string }[] }>(
      'POST',
      '/volunteer/moderation/fast-approve',
      {
        body: { letterIds },
      },
    ),
  block: (pseudonym: string, reason: string) =>
    api<{ ok: true }>('POST', `/volunteer/writers/${encodeURIComponent(pseudonym)}/block`, {
      body: { blocked: true, reason },
    }),
};
