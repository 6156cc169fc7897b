/**
 * Facility names as the post and the censor expect them: "ФКУ ИК-2 УФСИН России по Владимирской
 * области"; "ФКУ СИЗО-1 ФСИН России" for the centrally subordinated pre-trial centres.
 */

/** The territorial body of centrally subordinated facilities. */
export const CENTRAL_BODY = 'ФСИН России';

/** A facility type as the source writes it, split into the type and whether it is central. */
export interface FacilityKind {
  /** "СИЗО", "ИК", "УКП ИК", ... */
  type: string;
  /** "СИЗО (ц. п.)": subordinated to ФСИН России directly, not to a regional body. */
  central: boolean;
}

/**
 * Reads the source's type column.
 * @example facilityKind('СИЗО (ц. п.)') // { type: 'СИЗО', central: true }
 */
export function facilityKind(rawType: string): FacilityKind {
  const text = rawType.replace(/\s+/g, ' ').trim();
  const central = /\(\s*ц\.\s*п\.\s*\)/u.test(text);
  return { type: text.replace(/\s*\(\s*ц\.\s*п\.\s*\)/u, '').trim(), central };
}

/** The number as stored: "б/н" (no number) becomes empty. */
export function facilityNumber(rawNumber: string): string {
  const text = rawNumber.replace(/\s+/g, '').trim();
  return /^б\/?н$/iu.test(text) ? '' : text;
}

/**
 * "ИК-2", or the bare type when the facility has no number ("ВК").
 * @example shortFacilityName('УКП ИК', '27') === 'УКП ИК-27'
 */
export function shortFacilityName(type: string, number: string): string {
  return number ? `${type}-${number}` : type;
}

/** Whitespace-normalised territorial body ("УФСИН России по Республике Бурятия"). */
export function cleanTerritorialBody(body: string): string {
  return body.replace(/\s+/g, ' ').trim();
}

/**
 * The official name: "ФКУ <short name> <territorial body>".
 * @example officialFacilityName({ type: 'ИК', number: '2', territorialBody: 'УФСИН России по Владимирской области' })
 *   === 'ФКУ ИК-2 УФСИН России по Владимирской области'
 */
export function officialFacilityName(input: {
  type: string;
  number: string;
  territorialBody: string;
  central?: boolean;
}): string {
  const body = input.central ? CENTRAL_BODY : cleanTerritorialBody(input.territorialBody);
  return `ФКУ ${shortFacilityName(input.type, input.number)} ${body}`.trim();
}
