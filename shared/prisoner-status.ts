/** The statuses a person in the directory can have, shared by the server and the dashboard. */

/** Every status, each with what it means for letters. */
export const PRISONER_STATUSES = [
  /** In pre-trial detention (СИЗО): letters go through the administration and the investigator. */
  'pre_trial',
  /** Serving a sentence in a colony, prison or prison hospital. */
  'convicted',
  /** Under house arrest: no prison mail; the directory keeps the record. */
  'house_arrest',
  /** Free (released, or never in custody: travel ban, restrictions, left for the army). */
  'released',
  /** Died; the record stays for history. */
  'deceased',
  /** Left the country. */
  'abroad',
  /** Being moved between facilities (этап): letters are lost on the way, so they wait. */
  'in_transit',
  /** The source does not say. */
  'unknown',
] as const;
