/**
 * Calls of the writer's flows: config, stats, submit and confirm, My letters and the replies,
 * screening hints.
 */
import type { LetterSubmission } from '../../../shared/api/writer';
import { api, get } from './client';
import type {
  PublicConfig,
  PublicStats,
  ScreeningFlag,
  SelfPostAddress,
  WriterLetter,
  WriterReply,
} from './types';

/** `GET /api/config/public`. */
export const fetchPublicConfig = () => get<PublicConfig>('/config/public');

/** `GET /api/stats`. */
export const fetchStats = (signal?: AbortSignal) => get<PublicStats>('/stats', signal);

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

const selfPostPath = (id: string) => `/writer/letters/${encodeURIComponent(id)}/self-post`;

/** Where the writer posts from and on which paper they print. */
export interface SelfPostPrint {
  /** ISO alpha-2 ("RU" drops the country line of the address); unknown when undefined. */
  country?: string | undefined;
  paper?: 'A4' | 'LETTER' | undefined;
}

const printQuery = ({ country, paper }: SelfPostPrint) => {
  const query = new URLSearchParams();
  if (country) query.set('country', country);
  if (paper) query.set('paper', paper);
  const text = query.toString();
  return text ? `?${text}` : '';
};

/** `POST /api/writer/letters/:id/self-post`: the writer will post the letter themselves. */
export const startSelfPost = (id: string) => api<{ state: 'preparing' }>('POST', selfPostPath(id));

/** `GET /api/writer/letters/:id/self-post/address`. */
export const fetchSelfPostAddress = (id: string, country: string | undefined, signal?: AbortSignal) =>
  get<SelfPostAddress>(`${selfPostPath(id)}/address${printQuery({ country })}`, signal);

/** Where the printable PDF downloads from (`GET /api/writer/letters/:id/self-post/pdf`). */
export const selfPostPdfUrl = (id: string, print: SelfPostPrint) =>
  `/api${selfPostPath(id)}/pdf${printQuery(print)}`;

/** `POST /api/writer/letters/:id/self-post/posted`: "I have posted it". */
export const markSelfPosted = (id: string, input: { trackingNumber: string | null; postedOn: string }) =>
  api<{ state: 'posted'; alreadyRecorded: boolean }>('POST', `${selfPostPath(id)}/posted`, { body: input });

/** `POST /api/writer/letters/:id/self-post/cancel`: the volunteers send it after all. */
export const cancelSelfPost = (id: string) =>
  api<{ state: 'approved' }>('POST', `${selfPostPath(id)}/cancel`);

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
