/** The coordinator's directory calls and shapes (server/http/routes/coordinator-directory.ts). */
import { PRISONER_STATUSES } from '../../../../shared/prisoner-status';
import { api, get, postForm } from '../../api/client';

/** A channel a coordinator marks per facility. */
export type ChannelId = 'fsin_pismo' | 'zonatelecom' | 'post';

/** Every channel, in the order the screens list them. */
export const CHANNELS: readonly ChannelId[] = ['fsin_pismo', 'zonatelecom', 'post'];

/** Every prisoner status, as the server knows them. */
export const STATUSES = PRISONER_STATUSES;

/** A person in the coordinator's list. */
export interface ListedPrisoner {
  id: string;
  name: { full: string; latin: string[] };
  birthYear: number | null;
  status: string;
  canReceiveLetters: boolean;
  isDemo: boolean;
  consentToList: boolean;
  facility: { id: string; shortName: string; region: string } | null;
  letters: { waiting: number; onHold: number };
}

/** A facility as the editor shows it in a person's record. */
export interface FacilityBrief {
  id: string;
  shortName: string;
  officialName: string;
  region: string;
  closedOn: string | null;
}

/** A person's full record. */
export interface PrisonerRecord {
  id: string;
  slug: string;
  country: string;
  version: string;
  surname: string;
  givenName: string;
  patronymic: string;
  fullName: string;
  latinNames: string[];
  recipientDative: string | null;
  computedRecipient: { text: string; flags: string[] };
  gender: string;
  /** The dashboard's URL of the photo (listed or not), or null. */
  photoUrl: string | null;
  birthDate: string | null;
  birthYear: number | null;
  status: string;
  articlesRaw: string | null;
  articles: string[];
  sentence: string | null;
  arrestedOn: string | null;
  releasedOn: string | null;
  interests: string[];
  languages: string[];
  summaries: Record<string, string>;
  consentToList: boolean;
  isDemo: boolean;
  source: string;
  sourceId: string | null;
  lastSyncedAt: string | null;
  canReceiveLetters: boolean;
  blockers: ('not_listed' | 'status' | 'no_facility')[];
  facility: FacilityBrief | null;
  history: {
    facility: FacilityBrief | null;
    facilityText: string | null;
    arrivedOn: string | null;
    leftOn: string | null;
    source: string;
  }[];
  letters: { waiting: number; onHold: number };
}

/** The fields an edit may send. */
export type PrisonerEdit = Partial<{
  version: string;
  surname: string;
  givenName: string;
  patronymic: string;
  latinNames: string[];
  recipientDative: string | null;
  gender: string;
  birthDate: string | null;
  birthYear: number | null;
  status: string;
  articlesRaw: string | null;
  sentence: string | null;
  arrestedOn: string | null;
  releasedOn: string | null;
  interests: string[];
  languages: string[];
  summaries: Record<string, string>;
  consentToList: boolean;
}>;

/** A field the edit changed, before and after. */
export type Changes = Record<string, { from: unknown; to: unknown }>;

/** One channel of a facility. */
export interface FacilityChannel {
  channel: string;
  available: boolean;
  priceMinor: number | null;
  currency: string;
  serviceName: string | null;
  checkedAt: string | null;
}

/** A facility as coordinators see it. */
export interface Facility {
  id: string;
  country: string;
  region: string;
  occupied: boolean;
  type: string;
  shortName: string;
  officialName: string;
  nicknames: string[];
  address: {
    postcode: string | null;
    region: string | null;
    district: string | null;
    locality: string | null;
    street: string | null;
    house: string | null;
    notes: string | null;
    raw: string;
    postal: string;
  };
  prisonersCount: number;
  channels: FacilityChannel[];
  closedOn: string | null;
  version: string;
}

/** The fields a facility edit may send. */
export type FacilityEdit = Partial<{
  version: string;
  nicknames: string[];
  postcode: string | null;
  addressRegion: string | null;
  addressDistrict: string | null;
  addressLocality: string | null;
  addressStreet: string | null;
  addressHouse: string | null;
  addressNotes: string | null;
  closedOn: string | null;
  channels: {
    channel: ChannelId;
    available: boolean;
    priceMinor?: number | null;
    serviceName?: string | null;
  }[];
}>;

const query = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
};

/** The directory calls. */
export const directoryApi = {
  prisoners: (
    params: { q?: string; status?: string; listed?: string; cursor?: string; lang?: string },
    signal?: AbortSignal,
  ) =>
    get<{ items: ListedPrisoner[]; total: number; nextCursor: string | null }>(
      `/coordinator/prisoners${query({ ...params, limit: 50 })}`,
      signal,
    ),
  prisoner: (id: string, signal?: AbortSignal) =>
    get<PrisonerRecord>(`/coordinator/prisoners/${encodeURIComponent(id)}`, signal),
  editPrisoner: (id: string, edit: PrisonerEdit) =>
    api<{ record: PrisonerRecord; changes: Changes }>(
      'PATCH',
      `/coordinator/prisoners/${encodeURIComponent(id)}`,
      {
        body: edit,
      },
    ),
  transfer: (id: string, body: { toFacilityId: string | null; on?: string; status?: string }) =>
    api<{ record: PrisonerRecord; transfer: { lettersHeld: number; rerouting: boolean; status: string } }>(
      'POST',
      `/coordinator/prisoners/${encodeURIComponent(id)}/transfer`,
      { body },
    ),
  uploadPhoto: (id: string, file: File) => {
    const form = new FormData();
    form.set('file', file);
    return postForm<PrisonerRecord>(`/coordinator/prisoners/${encodeURIComponent(id)}/photo`, form);
  },
  removePhoto: (id: string) =>
    api<PrisonerRecord>('DELETE', `/coordinator/prisoners/${encodeURIComponent(id)}/photo`),
  facilities: (
    params: { q?: string; closed?: string; channel?: string; offset?: number; limit?: number },
    signal?: AbortSignal,
  ) => get<{ items: Facility[]; total: number }>(`/coordinator/facilities${query(params)}`, signal),
  facility: (id: string, signal?: AbortSignal) =>
    get<Facility>(`/coordinator/facilities/${encodeURIComponent(id)}`, signal),
  editFacility: (id: string, edit: FacilityEdit) =>
    api<{ facility: Facility; changes: Changes; peopleHeld: number }>(
      'PATCH',
      `/coordinator/facilities/${encodeURIComponent(id)}`,
      { body: edit },
    ),
};
