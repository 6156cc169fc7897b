/**
 * Matches the free-text facility names in human-rights lists and service catalogues to the
 * registry: "СИЗО-1 по г. Москве", "ИК-7 Карелия", "ФКУ ИК-2 УФСИН России по Владимирской
 * области", "СИЗО-1 г. Москва", "Лефортово", "исправительная колония № 6 (Чёрный дельфин)".
 * A name is matched only when exactly one facility fits; otherwise the reason is returned.
 */
import { CENTRAL_BODY } from './official-name';
import { findRegions } from './regions';

/** What the matcher needs to know of a registry facility. */
export interface MatchableFacility {
  id: string;
  country: string;
  region: string;
  regionCode: string | null;
  shortName: string;
  nicknames: string[];
  territorialBody: string;
}

/** The outcome of matching one name. */
export type FacilityMatch =
  | { ok: true; facilityId: string; how: 'name' | 'nickname' }
  | { ok: false; reason: string; candidates: string[] };

/** Long type names, as lists write them, and the abbreviation the registry uses. */
const TYPE_WORDS: [RegExp, string][] = [
  [/следственн\S*\s+изолятор\S*/gu, 'сизо'],
  [/исправительн\S*\s+колони\S*/gu, 'ик'],
  [/колони\S*[\s-]+поселени\S*/gu, 'кп'],
  [/лечебн\S*\s+исправительн\S*\s+учреждени\S*/gu, 'лиу'],
  [/воспитательн\S*\s+колони\S*/gu, 'вк'],
  [/тюрьм\S*/gu, 'т'],
];
const TYPES = [
  'укп ик',
  'сизо',
  'лиу',
  'мотб',
  'ктб',
  'отб',
  'осб',
  'стб',
  'спб',
  'ик',
  'кп',
  'вк',
  'об',
  'рб',
  'мб',
  'кб',
  'т',
  'б',
];
const TYPE_NUMBER = new RegExp(
  `(?:^|[^а-я])(${TYPES.join('|')})\\s*(?:-|–|№|n|#)?\\s*(\\d+(?:/\\d+)?)(?![\\d/])`,
  'u',
);

/** A facility without a number ("ФКУ ВК УФСИН России по ..."): only trusted at the start or after "ФКУ". */
const TYPE_ONLY = new RegExp(`^ (?:фку )?(${TYPES.join('|')})(?= (?:г|о)?уфсин| фсин|,|$)`, 'u');

function normalise(text: string): string {
  let t = ` ${text
    .toLowerCase()
    .replace(/ё/gu, 'е')
    .replace(/[«»"“”]/gu, ' ')} `;
  for (const [pattern, abbreviation] of TYPE_WORDS) t = t.replace(pattern, abbreviation);
  return t.replace(/\s+/gu, ' ');
}

interface Indexed {
  facility: MatchableFacility;
  regionCodes: Set<string>;
  central: boolean;
}

/** An index of the registry for matching many names. */
export class FacilityMatcher {
  private readonly byShortName = new Map<string, Indexed[]>();
  private readonly byNickname = new Map<string, { pattern: RegExp; entries: Indexed[] }>();
  /** Lists repeat the same few hundred names thousands of times. */
  private readonly memo = new Map<string, FacilityMatch>();

  constructor(facilities: readonly MatchableFacility[]) {
    for (const facility of facilities) {
      const codes = new Set(findRegions(facility.region).map((r) => r.code));
      if (facility.regionCode) codes.add(facility.regionCode);
      const entry = { facility, regionCodes: codes, central: facility.territorialBody === CENTRAL_BODY };
      const key = normalise(facility.shortName).trim();
      this.byShortName.set(key, [...(this.byShortName.get(key) ?? []), entry]);
      for (const nickname of facility.nicknames) {
        const nick = normalise(nickname).trim();
        const known = this.byNickname.get(nick);
        if (known) known.entries.push(entry);
        else {
          const escaped = nick.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
          const pattern = new RegExp(`(^|[^а-я0-9])${escaped}($|[^а-я0-9])`, 'u');
          this.byNickname.set(nick, { pattern, entries: [entry] });
        }
      }
    }
  }

  /**
   * Matches one name. `regionHint` is a region named apart from the facility (a catalogue's
   * region heading); `country` limits the search (RU unless given).
   */
  match(text: string, options: { regionHint?: string; country?: string } = {}): FacilityMatch {
    const key = `${options.country ?? 'RU'}|${options.regionHint ?? ''}|${text}`;
    let result = this.memo.get(key);
    if (!result) {
      result = this.matchUncached(text, options);
      this.memo.set(key, result);
    }
    return result;
  }

  private matchUncached(text: string, options: { regionHint?: string; country?: string }): FacilityMatch {
    const country = options.country ?? 'RU';
    const t = normalise(text);
    const typeNumber = TYPE_NUMBER.exec(t);
    const typeOnly = typeNumber ? null : TYPE_ONLY.exec(t);
    const regions = new Set(findRegions(`${text} ${options.regionHint ?? ''}`).map((r) => r.code));
    if (typeNumber || typeOnly) {
      const shortName = typeNumber ? `${typeNumber[1]}-${typeNumber[2]}` : typeOnly![1]!;
      const all = (this.byShortName.get(shortName) ?? []).filter((e) => e.facility.country === country);
      const inRegion =
        regions.size > 0 ? all.filter((e) => [...regions].some((code) => e.regionCodes.has(code))) : all;
      const picked = this.pick(inRegion, t);
      if (picked) return { ok: true, facilityId: picked.facility.id, how: 'name' };
      const byNick = this.nicknameMatch(t, country);
      if (byNick) return { ok: true, facilityId: byNick.facility.id, how: 'nickname' };
      if (all.length === 0)
        return { ok: false, reason: `no ${shortName.toUpperCase()} in the registry`, candidates: [] };
      const candidates = inRegion.length > 0 ? inRegion : all;
      const reason =
        regions.size === 0
          ? `${candidates.length} facilities are called ${shortName.toUpperCase()}; the region is not named`
          : inRegion.length === 0
            ? `no ${shortName.toUpperCase()} in the region named`
            : `${candidates.length} facilities fit`;
      return { ok: false, reason, candidates: candidates.map((e) => e.facility.id) };
    }
    const byNick = this.nicknameMatch(t, country);
    if (byNick) return { ok: true, facilityId: byNick.facility.id, how: 'nickname' };
    return { ok: false, reason: 'no facility type and number, and no known nickname', candidates: [] };
  }

  /** One candidate, preferring the central or the territorial СИЗО as the text says. */
  private pick(candidates: Indexed[], text: string): Indexed | undefined {
    if (candidates.length === 1) return candidates[0];
    if (candidates.length === 0) return undefined;
    // "ФСИН России" without a regional body means the centrally subordinated СИЗО.
    const saysCentral = /(^|[^у])фсин россии/u.test(text) && !/(^|\s)(г|о)?уфсин/u.test(text);
    const preferred = candidates.filter((e) => e.central === saysCentral);
    return preferred.length === 1 ? preferred[0] : undefined;
  }

  private nicknameMatch(text: string, country: string): Indexed | undefined {
    const hits = new Map<string, Indexed>();
    for (const { pattern, entries } of this.byNickname.values()) {
      if (!pattern.test(text)) continue;
      for (const e of entries) if (e.facility.country === country) hits.set(e.facility.id, e);
    }
    return hits.size === 1 ? [...hits.values()][0] : undefined;
  }
}
