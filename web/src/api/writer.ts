/**
 * Calls of the writer's flows: config, stats, submit and confirm, My letters and the replies,
 * screening hints.
 */
import { api, get } from './client';
import type { PublicConfig, PublicStats, ScreeningFlag, WriterLetter, WriterReply } from './types';

/** `GET /api/config/public`. */
export const fetchPublicConfig = () => get<PublicConfig>('/config/public');

/** `GET /api/stats`. */
export const fetchStats = (signal?: AbortSignal) => get<PublicStats>('/stats', signal);

/** What the Write page sends. */
export interface LetterSubmission {
  prisonerId: string;
  email: string;
  language: string;
  uiLanguage: string;
  body: string;
  signature: string;
  allowPublish: boolean;
  /** The reply this letter answers (one forwarded to this writer, from the same person). */
  inReplyToReplyId?: string;
}

const altchaHeader = (payload: string | null): Record<string, string> =>
  payload ? { 'x-altcha': payload } : {};

/** `POST /api/letters` with the proof-of-work payload. */
export const submitLetter = (letter: LetterSubmission, altcha: string | null) =>
  api<{ refCode: string; status: 'submitted' }>('POST', '/letters', {
    body: letter,
    headers: altchaHeader(altcha),
  });

/** `POST /api/letters/confirm`. */
export const confirmLetter = (token: string) =>
  api<{ letterId: string; status: string }>('POST', '/letters/confirm', { body: { token } });

/** `POST /api/writer/login`: always 202. */
export const requestSignIn = (email: string, uiLanguage: string, altcha: string | null) =>
  api<{ status: 'sent' }>('POST', '/writer/login', {
    body: { email, uiLanguage },
    headers: altchaHeader(altcha),
  });

/** `POST /api/writer/session`: spends the emailed token. */
export const signIn = (token: string) =>
  api<{ signedIn: true }>('POST', '/writer/session', { body: { token } });

/** `GET /api/writer/letters`. */
export const fetchMyLetters = (signal?: AbortSignal) =>
  get<{ letters: WriterLetter[] }>('/writer/letters', signal);

/** `GET /api/writer/replies`: the replies forwarded to the signed-in writer, oldest first. */
export const fetchMyReplies = (signal?: AbortSignal) =>
  get<{ replies: WriterReply[] }>('/writer/replies', signal);

/** Where a scan of a reply downloads from (`GET /api/writer/replies/:replyId/scans/:fileId`). */
export const replyScanUrl = (replyId: string, fileId: string) =>
  `/api/writer/replies/${encodeURIComponent(replyId)}/scans/${encodeURIComponent(fileId)}`;

/** `POST /api/writer/letters/:id/withdraw`. */
export const withdrawLetter = (id: string) =>
  api<{ status: 'withdrawn' }>('POST', `/writer/letters/${id}/withdraw`);

/** `PUT /api/writer/letters/:id`. */
export const editLetter = (id: string, body: string, signature: string) =>
  api<{ status: 'screening' }>('PUT', `/writer/letters/${id}`, { body: { body, signature } });

/** `DELETE /api/writer`. */
export const deleteMyData = () =>
  api<{ withdrawn: number; purged: number; repliesPurged: number }>('DELETE', '/writer');

/** `POST /api/writer/logout`. */
export const signOut = () => api<{ signedIn: false }>('POST', '/writer/logout');

/** `POST /api/language/detect`. */
export const detectLanguage = (text: string, signal?: AbortSignal) =>
  api<{ guesses: { language: string; confidence: number }[] }>('POST', '/language/detect', {
    body: { text },
    ...(signal ? { signal } : {}),
  });

/** `POST /api/screen` (the screening API): inline risk hints. */
export const screenText = (
  input: { text: string; language: string; prisonerId?: string; uiLanguage: string },
  signal?: AbortSignal,
) => api<{ flags: ScreeningFlag[] }>('POST', '/screen', { body: input, ...(signal ? { signal } : {}) });
