/**
 * Neutral region codes and occupied-territory detection. The Russian source lists facilities in
 * Crimea, Sevastopol, "ДНР" and "ЛНР" as Russian regions; the registry shows them as occupied
 * territory of Ukraine with the Ukrainian ISO 3166-2 code (UA-43, UA-40, UA-14, UA-09, UA-23, UA-65).
 */
import { findRegion } from './regions';

/** Where a facility is, in neutral terms. */
export interface RegionPlacement {
  /** ISO 3166-2 code ("RU-VLA", "UA-43"), or undefined when the region is not recognised. */
  regionCode: string | undefined;
  /** True for occupied territory of Ukraine. */
  occupied: boolean;
  /** The neutral name of an occupied region ("Автономная Республика Крым"); undefined otherwise. */
  neutralRegionName: string | undefined;
}

/**
 * Places a facility from the region its source names and the region part of its address. The
 * address is tried first because it is the more precise of the two: the source's "Ленинградская
 * область и г. Санкт-Петербург" or "Республика Крым и г. Севастополь" covers two regions.
 * @example placeRegion('Республика Крым и г. Севастополь', 'Республика Крым').regionCode === 'UA-43'
 */
export function placeRegion(sourceRegion: string, addressRegion?: string | null): RegionPlacement {
  const region = (addressRegion ? findRegion(addressRegion) : undefined) ?? findRegion(sourceRegion);
  if (!region) return { regionCode: undefined, occupied: false, neutralRegionName: undefined };
  const occupied = region.occupied === true;
  return { regionCode: region.code, occupied, neutralRegionName: occupied ? region.name : undefined };
}

/** True when the text names a region of Ukraine under occupation. */
export function isOccupiedRegion(text: string): boolean {
  return findRegion(text)?.occupied === true;
}
