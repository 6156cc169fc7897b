/**
 * Where each reply screen lives. useTakeNext.ts spells the same paths out (the screens load
 * lazily); its test keeps the two in step.
 */

/** The replies start page. */
export const REPLIES_HOME = '/volunteer/replies';

/** Taking in a reply. */
export const INTAKE_PATH = '/volunteer/replies/new';

/** Transcribing reply `id`. */
export const transcribePath = (id: string) => `/volunteer/replies/${encodeURIComponent(id)}/transcribe`;

/** Checking and forwarding reply `id`. */
export const checkPath = (id: string) => `/volunteer/replies/${encodeURIComponent(id)}/check`;
