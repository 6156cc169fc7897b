/**
 * The row the public prisoner queries return, and the SQL that selects it. Only consenting people
 * are public; demo people are public too, flagged. Consent flags and source ids are selected for
 * nobody: what is not selected cannot leak through a presenter.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { CriminalArticle } from '../../db/schema/prisoners';
import { canReceiveLettersSql } from '../prisoners/status';

/** A public prisoner as the list, search, lifeline and birthday queries return it. */
export interface PrisonerListRow {
  id: string;
  slug: string;
  country: string;
  full_name: string;
  surname: string;
  given_name: string;
  patronymic: string;
  latin_names: string[];
  gender: string;
  /** `photos/<sha256>.webp` under the uploads folder, or null. */
  photo_path: string | null;
  birth_date: string | null;
  birth_year: number | null;
  status: string;
  can_receive_letters: boolean;
  is_demo: boolean;
  interests: string[];
  languages: string[];
  articles: CriminalArticle[];
  sentence: string | null;
  arrested_on: string | null;
  summary: string | null;
  summary_language: string | null;
  facility_id: string | null;
  facility_short_name: string | null;
  facility_official_name: string | null;
  facility_region: string | null;
  facility_region_code: string | null;
  facility_occupied: boolean | null;
  created_at: string;
}

/** Only people who agreed to be listed are public (released and deceased included, for history). */
export const PUBLIC_PRISONER = sql`p.consent_to_list`;

/** The select list of `PrisonerListRow` over `prisonerListFrom()`. */
export function prisonerListColumns(): SQL {
  return sql`p.id, p.slug, p.country, p.full_name, p.surname, p.given_name, p.patronymic, p.latin_names, p.gender,
    p.photo_path, p.birth_date::text AS birth_date, p.birth_year, p.status, ${canReceiveLettersSql('p')} AS can_receive_letters,
    p.is_demo, p.interests, p.languages, p.articles, p.sentence, p.arrested_on::text AS arrested_on,
    s.text AS summary, s.language AS summary_language,
    f.id AS facility_id, f.short_name AS facility_short_name, f.official_name AS facility_official_name,
    f.region AS facility_region, f.region_code AS facility_region_code, f.occupied AS facility_occupied,
    p.created_at::text AS created_at`;
}

/** The facility `f` and the summary `s` (in `language`, else English, else Russian, else any) of `p`. */
export function prisonerJoins(language: string): SQL {
  return sql`LEFT JOIN facilities f ON f.id = p.facility_id
    LEFT JOIN LATERAL (
      SELECT ps.text, ps.language FROM prisoner_summaries ps WHERE ps.prisoner_id = p.id
       ORDER BY (ps.language = ${language}) DESC, (ps.language = 'en') DESC, (ps.language = 'ru') DESC, ps.language
       LIMIT 1) s ON true`;
}

/** `prisoners p` with its facility `f` and summary `s`. */
export function prisonerListFrom(language: string): SQL {
  return sql`prisoners p ${prisonerJoins(language)}`;
}
