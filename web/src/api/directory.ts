/** Calls to the directory API, normalised into the app's `Prisoner` shape. */
import { BIRTHDAY_SOON_DAYS } from '../../../shared/limits';
import { ApiError, get } from './client';
import type { FacilityBrief, Prisoner, PrisonerPage } from './types';

/** A person as `GET /api/prisoners` sends them (server/presenters/prisoner.ts). */
export interface RawPrisoner {
  id: string;
  slug: string;
  name: { full: string; surname: string; given: string; patronymic: string; latin: string[] };
  gender: string;
  /** Our own URL of the photo (listed people only), or null. */
  photoUrl: string | null;
  birthDate: string | null;
  birthYear: number | null;
  status: string;
  canReceiveLetters: boolean;
  isDemo: boolean;
  interests: string[];
  articles: { text: string }[];
  sentence: string | null;
  arrestedOn: string | null;
  summary: { language: string; text: string } | null;
  facility: {
    id: string;
    shortName: string;
    officialName: string;
    region: string;
    occupied: boolean;
  } | null;
}

/** Turns one directory item into the app's `Prisoner`. */
export function normalisePrisoner(raw: RawPrisoner): Prisoner {
  const facility: FacilityBrief | null = raw.facility && {
    id: raw.facility.id,
    shortName: raw.facility.shortName,
    officialName: raw.facility.officialName,
    region: raw.facility.region,
    occupied: raw.facility.occupied,
  };
  return {
    id: raw.id,
    slug: raw.slug,
    fullName: raw.name.full,
    latinName: raw.name.latin[0] ?? null,
    gender: raw.gender,
    birthDate: raw.birthDate,
    birthYear: raw.birthYear,
    status: raw.status,
    canReceiveLetters: raw.canReceiveLetters,
    isDemo: raw.isDemo,
    facility,
    interests: raw.interests,
    // Absent from an older server: initials, as for anyone without a photo.
    photoUrl: raw.photoUrl ?? null,
    arrestedOn: raw.arrestedOn,
    sentence: raw.sentence,
    summary: raw.summary?.text ?? null,
    summaryLanguage: raw.summary?.language ?? null,
    articles: raw.articles.map((a) => a.text),
  };
}

/** Search filters of the directory page. */
export interface DirectoryQuery {
  q?: string;
  region?: string;
  status?: string;
  interest?: string;
  birthdayMonth?: string;
  birthdayWithinDays?: string;
  canReceiveLetters?: boolean;
  cursor?: string;
  lang?: string;
}

/** `GET /api/prisoners`. */
export async function searchPrisoners(query: DirectoryQuery, signal?: AbortSignal): Promise<PrisonerPage> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(key, String(value));
  const page = await get<{ items: RawPrisoner[]; total: number; nextCursor?: string | null }>(
    `/prisoners?${params}`,
    signal,
  );
  return { items: page.items.map(normalisePrisoner), total: page.total, nextCursor: page.nextCursor ?? null };
}

/** `GET /api/prisoners/:id`, with the summary in `lang` where one exists. */
export async function fetchPrisoner(id: string, lang: string, signal?: AbortSignal): Promise<Prisoner> {
  return normalisePrisoner(
    await get<RawPrisoner>(`/prisoners/${encodeURIComponent(id)}?lang=${lang}`, signal),
  );
}

/** `GET /api/prisoners/lifeline`: someone to write to now, or null when nobody can receive letters. */
export async function fetchLifeline(lang: string, signal?: AbortSignal): Promise<Prisoner | null> {
  try {
    return normalisePrisoner(await get<RawPrisoner>(`/prisoners/lifeline?lang=${lang}`, signal));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** `GET /api/prisoners/birthdays?within=30d` (BIRTHDAY_SOON_DAYS). */
export async function fetchBirthdays(signal?: AbortSignal): Promise<Prisoner[]> {
  const raw = await get<{ items: RawPrisoner[] }>(
    `/prisoners/birthdays?within=${BIRTHDAY_SOON_DAYS}d`,
    signal,
  );
  return raw.items.map(normalisePrisoner);
}
