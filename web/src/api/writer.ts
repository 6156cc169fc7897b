/** Calls of the writer's flows: config, stats, submit and confirm, My letters, screening hints. */
import { api, get } from './client';
import type { PublicConfig, PublicStats, ScreeningFlag, WriterLetter } from './types';

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

/** `POST /api/writer/letters/:id/withdraw`. */
export const withdrawLetter = (id: string) =>
  api<{ status: 'withdrawn' }>('POST', `/writer/letters/${id}/withdraw`);

/** `PUT /api/writer/letters/:id`. */
export const editLetter = (id: string, body: string, signature: string) =>
  api<{ status: 'screening' }>('PUT', `/writer/letters/${id}`, { body: { body, signature } });

/** `DELETE /api/writer`. */
export const deleteMyData = () => api<{ withdrawn: number; purged: number }>('DELETE', '/writer');

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
