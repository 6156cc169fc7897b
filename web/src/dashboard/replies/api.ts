/**
 * The reply screens' calls (server/http/routes/replies.ts); the shapes the server answers are
 * shared/api/replies.ts. Volunteers see the writer's pseudonym only, never an email.
 */
import type { LetterCandidate, ReplyListItem, ReplyView } from '../../../../shared/api/replies';
import type { ReplyStatus } from '../../../../shared/reply-status';
import { api, get, postForm } from '../../api/client';

export type {
  LetterCandidate,
  ReplyFile,
  ReplyLetter,
  ReplyListItem,
  ReplyView,
} from '../../../../shared/api/replies';

/** Which letter the volunteer named: chosen from the candidates, or by its code. */
export type LetterPointer = { letterId: string } | { refCode: string };

/** What intake did. */
export interface IntakeResult {
  replyId: string;
  letterId: string | null;
  matchedBy: string | null;
  delivered: boolean;
  ocrQueued: boolean;
}

/** What a reply arrived as: scan files, or the text of an e-letter reply. */
export type IntakeContent = { files: File[] } | { text: string };

/** Uploads a reply as multipart (scans are larger than the JSON body limit). */
function intake(content: IntakeContent, pointer: LetterPointer | null): Promise<IntakeResult> {
  const form = new FormData();
  form.set('kind', 'reply');
  if ('files' in content) for (const file of content.files) form.append('file', file, file.name);
  else form.set('text', content.text);
  if (pointer && 'letterId' in pointer) form.set('letterId', pointer.letterId);
  if (pointer && 'refCode' in pointer) form.set('refCode', pointer.refCode);
  return postForm<IntakeResult>('/volunteer/replies', form);
}

const path = (id: string) => `/volunteer/replies/${encodeURIComponent(id)}`;

/** Every call the reply screens make. */
export const repliesApi = {
  intake,
  list: (filter: { status?: ReplyStatus; unmatched?: boolean }, signal?: AbortSignal) => {
    const params = new URLSearchParams();
    if (filter.status) params.set('status', filter.status);
    if (filter.unmatched) params.set('unmatched', 'true');
    const query = params.toString() ? `?${params.toString()}` : '';
    return get<{ replies: ReplyListItem[] }>(`/volunteer/replies${query}`, signal);
  },
  candidates: (q: string, signal?: AbortSignal) =>
    get<{ letters: LetterCandidate[] }>(
      `/volunteer/replies/letter-candidates?q=${encodeURIComponent(q)}`,
      signal,
    ),
  open: (id: string, signal?: AbortSignal) => get<ReplyView>(path(id), signal),
  match: (id: string, pointer: LetterPointer) =>
    api<{ letterId: string; delivered: boolean }>('POST', `${path(id)}/match`, { body: pointer }),
  transcribe: (id: string, text: string, submit: boolean) =>
    api<{ status: ReplyStatus }>('PUT', `${path(id)}/transcription`, { body: { text, submit } }),
  forward: (id: string, corrections: { translation?: string; transcription?: string }) =>
    api<{ ok: true }>('POST', `${path(id)}/forward`, { body: corrections }),
  sendBack: (id: string, reason: string) =>
    api<{ ok: true }>('POST', `${path(id)}/send-back`, { body: { reason } }),
  /** The address of a stored scan (images show inline; a PDF downloads). */
  fileUrl: (id: string, fileId: string) => `/api${path(id)}/files/${encodeURIComponent(fileId)}`,
};
