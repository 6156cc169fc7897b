/**
 * The dashboard's calls to /api/auth, /api/volunteer and /api/admin, typed as the server answers:
 * the shapes its presenters return are in shared/api/.
 */
import type { AdminUser, AuditLine } from '../../../shared/api/admin';
import type { QueueItem, QueueSummary } from '../../../shared/api/queues';
import type { VolunteerLetterView } from '../../../shared/api/volunteer-letter';
import { api, get, postForm } from '../api/client';

export type { AdminUser, AuditLine } from '../../../shared/api/admin';
export type { QueueItem, QueueSummary } from '../../../shared/api/queues';
/** A letter as the work screen shows it. */
export type LetterView = VolunteerLetterView;

/** The signed-in volunteer. */
export interface Me {
  id: string;
  displayName: string;
  roles: string[];
  languagePairs: string[];
  permissions: string[];
  uiLanguage: string;
  recoveryCodesLeft: number;
}

/** A lease. */
export interface Claim {
  kind: 'letter' | 'reply';
  id: string;
  until: string;
}

/** A run-time setting. */
export interface Setting {
  key: string;
  description: string;
  value: unknown;
  defaultValue: unknown;
  /** JSON Schema of the value: the settings screen draws its fields from it. */
  schema: Record<string, unknown>;
  updatedAt: string | null;
}

/** What a prisoner list import did, or would do on a dry run. */
export interface ImportReport {
  dryRun: boolean;
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: { line: number; reason: string }[];
  warnings: { line: number; reason: string }[];
  merged: { line: number; prisonerId: string; how: string }[];
  changes: {
    lines: number[];
    action: 'insert' | 'update';
    prisonerId: string;
    fullName: string;
    changes: Record<string, { from: unknown; to: unknown }>;
  }[];
  transfers: { prisonerId: string; fromFacilityId: string; toFacilityId: string | null }[];
  aborted?: string;
  truncated: boolean;
}

/** Uploads a list as multipart (lists are larger than the JSON body limit). */
function importPrisoners(file: File, format: string, dryRun: boolean): Promise<ImportReport> {
  const form = new FormData();
  form.set('file', file);
  form.set('format', format);
  form.set('dryRun', String(dryRun));
  return postForm<ImportReport>('/coordinator/import/prisoners', form);
}

const query = (params: Record<string, string | undefined>) => {
  const entries = Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]));
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : '';
};

/** Every call the dashboard makes. */
export const dashboardApi = {
  me: (signal?: AbortSignal) => get<Me>('/auth/me', signal),
  login: (body: { email: string; password: string; code: string }) =>
    api<{ user: Me; usedRecoveryCode: boolean }>('POST', '/auth/login', { body }),
  logout: () => api<{ ok: true }>('POST', '/auth/logout'),
  logoutEverywhere: () => api<{ ended: number }>('POST', '/auth/logout-everywhere'),
  updateMe: (body: { displayName?: string; uiLanguage?: string }) => api<Me>('PATCH', '/auth/me', { body }),
  renewRecoveryCodes: (code: string) =>
    api<{ recoveryCodes: string[] }>('POST', '/auth/recovery-codes', { body: { code } }),
  inspectInvitation: (token: string) =>
    api<{ displayName: string; roles: string[]; languagePairs: string[] }>('POST', '/auth/invitation', {
      body: { token },
    }),
  invitationPassword: (body: { token: string; password: string; displayName?: string }) =>
    api<{ secret: string; otpauthUri: string }>('POST', '/auth/invitation/password', { body }),
  invitationComplete: (body: { token: string; code: string }) =>
    api<{ user: Me; recoveryCodes: string[] }>('POST', '/auth/invitation/complete', { body }),
  requestReset: (email: string) => api<{ ok: true }>('POST', '/auth/password-reset', { body: { email } }),
  completeReset: (body: { token: string; password: string; code: string }) =>
    api<{ ok: true }>('POST', '/auth/password-reset/complete', { body }),

  queues: (signal?: AbortSignal) => get<{ queues: QueueSummary[] }>('/volunteer/queues', signal),
  queue: (id: string, offset: number, signal?: AbortSignal) =>
    get<{ total: number; items: QueueItem[] }>(
      `/volunteer/queues/${encodeURIComponent(id)}${query({ limit: '50', offset: String(offset) })}`,
      signal,
    ),
  takeNext: (queue: string) =>
    api<{ claim: Claim | null }>('POST', `/volunteer/queues/${encodeURIComponent(queue)}/take`),
  take: (kind: string, id: string) => api<{ claim: Claim }>('POST', `/volunteer/items/${kind}/${id}/take`),
  release: (kind: string, id: string) => api<{ ok: true }>('POST', `/volunteer/items/${kind}/${id}/release`),
  recent: (signal?: AbortSignal) =>
    get<{
      items: {
        kind: string;
        id: string;
        refCode: string | null;
        action: string;
        to: string | null;
        at: string;
      }[];
    }>('/volunteer/recent', signal),
  letter: (id: string, signal?: AbortSignal) => get<VolunteerLetterView>(`/volunteer/letters/${id}`, signal),
  saveTranslation: (id: string, text: string, submit: boolean) =>
    api<{ translationId: string; status: string }>('PUT', `/volunteer/letters/${id}/translation`, {
      body: { text, submit },
    }),
  approve: (id: string) => api<{ ok: true }>('POST', `/volunteer/letters/${id}/approve`),
  sendBack: (id: string, reason: string) =>
    api<{ ok: true }>('POST', `/volunteer/letters/${id}/send-back`, { body: { reason } }),
  reject: (id: string, reason: string) =>
    api<{ ok: true }>('POST', `/volunteer/letters/${id}/reject`, { body: { reason } }),

  audit: (filter: Record<string, string | undefined>, signal?: AbortSignal) =>
    get<{ items: AuditLine[] }>(`/admin/audit${query(filter)}`, signal),
  users: (signal?: AbortSignal) => get<{ users: AdminUser[] }>('/admin/users', signal),
  invite: (body: { email: string; roles: string[]; languagePairs: string[]; displayName?: string }) =>
    api<{ userId: string; link: string; expiresAt: string }>('POST', '/admin/users', { body }),
  updateUser: (
    id: string,
    body: { roles?: string[]; languagePairs?: string[]; status?: 'active' | 'disabled' },
  ) => api<{ ok: true }>('PATCH', `/admin/users/${id}`, { body }),
  reinvite: (id: string) =>
    api<{ userId: string; link: string; expiresAt: string }>('POST', `/admin/users/${id}/reinvite`),
  settings: (signal?: AbortSignal) => get<{ settings: Setting[] }>('/admin/settings', signal),
  changeSetting: (key: string, value: unknown) =>
    api<{ ok: true }>('PUT', `/admin/settings/${encodeURIComponent(key)}`, { body: { value } }),
  importPrisoners,
  reveal: (pseudonym: string, reason: string) =>
    api<{ email: string }>('POST', `/admin/writers/${encodeURIComponent(pseudonym)}/reveal`, {
      body: { reason },
    }),
};
