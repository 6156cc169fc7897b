/**
 * The facility search text: ASCII skeletons of everything people type to find a facility — its
 * short and official names, nicknames, town and region — so "Lefortovo", "Лефортово" and
 * "matrosskaya tishina" meet their facility through trigram similarity.
 */
import { nameSkeleton } from '../names/skeleton';

/** The fields of a facility that are searched. */
export interface FacilitySearchFields {
  shortName: string;
  officialName: string;
  nicknames: string[];
  region: string;
  addressLocality: string | null;
}

/** Builds `facilities.search_text`. */
export function facilitySearchText(f: FacilitySearchFields): string {
  const parts = [
    f.shortName.replace(/-/g, ''),
    f.officialName,
    ...f.nicknames,
    f.addressLocality ?? '',
    f.region,
  ];
  return [...new Set(parts.map((p) => nameSkeleton(p)).filter(Boolean))].join(' | ');
}
