/** Calls to the directory API, normalised into the app's `Prisoner` shape. */
import { get } from './client';
import type { FacilityBrief, Prisoner, PrisonerPage } from './types';

type Raw = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

function facilityOf(raw: unknown): FacilityBrief | null {
  if (!raw || typeof raw !== 'object') return null;
  const f = raw as Raw;
  const brief: FacilityBrief = {
    id: str(f.id) ?? '',
    shortName: str(f.shortName) ?? str(f.name) ?? '',
    region: str(f.region) ?? '',
  };
  const official = str(f.officialName);
  if (official) brief.officialName = official;
  if (typeof f.occupied === 'boolean') brief.occupied = f.occupied;
  return brief;
}

function articlesOf(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .map((a) =>
      typeof a === 'string' ? a : (str((a as Raw | null)?.raw) ?? str((a as Raw | null)?.article)),
    )
    .filter((a): a is string => Boolean(a));
}

/** Turns one directory item into a `Prisoner`, whatever optional fields it carries. */
export function normalisePrisoner(raw: Raw): Prisoner {
  const latin = Array.isArray(raw.latinNames) ? str(raw.latinNames[0]) : str(raw.latinName);
  const summary = raw.summary && typeof raw.summary === 'object' ? (raw.summary as Raw) : null;
  return {
    id: String(raw.id),
    fullName: str(raw.fullName) ?? '',
    latinName: latin,
    gender: str(raw.gender) ?? 'unknown',
    birthDate: str(raw.birthDate),
    birthYear: num(raw.birthYear),
    status: str(raw.status) ?? 'unknown',
    canReceiveLetters: raw.canReceiveLetters === true,
    letterBlocker: str(raw.letterBlocker) ?? str(raw.cannotReceiveReason),
    facility: facilityOf(raw.facility),
    interests: Array.isArray(raw.interests)
      ? raw.interests.filter((i): i is string => typeof i === 'string')
      : [],
    photoUrl: str(raw.photoUrl),
    arrestedOn: str(raw.arrestedOn),
    sentence: str(raw.sentence),
    summary: summary ? str(summary.text) : str(raw.summary),
    summaryLanguage: summary ? str(summary.language) : str(raw.summaryLanguage),
    articles: articlesOf(raw.articles),
    ...(typeof raw.lettersReceived === 'number' ? { lettersReceived: raw.lettersReceived } : {}),
  };
}

/** Search filters of the directory page. */
export interface DirectoryQuery {
  q?: string;
  region?: string;
  status?: string;
  interest?: string;
  birthdayMonth?: string;
  canReceiveLetters?: boolean;
  cursor?: string;
  lang?: string;
}

/** `GET /api/prisoners`. */
export async function searchPrisoners(query: DirectoryQuery, signal?: AbortSignal): Promise<PrisonerPage> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(key, String(value));
  const page = await get<{ items: Raw[]; total: number; nextCursor?: string | null }>(
    `/prisoners?${params}`,
    signal,
  );
  return { items: page.items.map(normalisePrisoner), total: page.total, nextCursor: page.nextCursor ?? null };
}

/** `GET /api/prisoners/:id`, with the summary in `lang` where one exists. */
export async function fetchPrisoner(id: string, lang: string, signal?: AbortSignal): Promise<Prisoner> {
  return normalisePrisoner(await get<Raw>(`/prisoners/${encodeURIComponent(id)}?lang=${lang}`, signal));
}

/** `GET /api/prisoners/lifeline`: someone to write to now. */
export async function fetchLifeline(lang: string, signal?: AbortSignal): Promise<Prisoner | null> {
  const raw = await get<Raw | { item: Raw | null }>(`/prisoners/lifeline?lang=${lang}`, signal);
  const item = 'item' in raw ? (raw.item as Raw | null) : raw;
  return item && item.id ? normalisePrisoner(item) : null;
}

/** `GET /api/prisoners/birthdays?within=30d`. */
export async function fetchBirthdays(signal?: AbortSignal): Promise<Prisoner[]> {
  const raw = await get<{ items: Raw[] } | Raw[]>(`/prisoners/birthdays?within=30d`, signal);
  return (Array.isArray(raw) ? raw : raw.items).map(normalisePrisoner);
}
