/**
 * The words of every email a writer receives, in the eight UI languages: the shape here, one file
 * per language in ./texts/, kept apart from the message builders so a translator reviews one file.
 * Subjects say nothing about prisons or politics: a subject line is what an onlooker sees first.
 */
import type { RecipientHoldCause } from '../../shared/letter-status';
import type { UiLanguage } from '../../shared/limits';
import { en } from './texts/en';
import { ru } from './texts/ru';
import { uk } from './texts/uk';
import { de } from './texts/de';
import { fr } from './texts/fr';
import { es } from './texts/es';
import { it } from './texts/it';
import { pl } from './texts/pl';

/** Status sentences a writer is told about. */
export type NotifiedStatus =
  | 'screening'
  | 'changes_requested'
  | 'rejected'
  | 'dispatched'
  | 'delivered'
  | 'returned'
  | 'lost'
  | 'on_hold';

/** The texts of one language. `{ref}`, `{link}`, `{hours}` and `{minutes}` are filled in. */
export interface WriterTexts {
  confirmSubject: string;
  confirmLines: string[];
  updateSubject: string;
  myLetters: string;
  status: Record<NotifiedStatus, string>;
  /** Said instead of `status.on_hold` when the hold is because the person left custody. */
  held: Record<RecipientHoldCause, string>;
  loginSubject: string;
  loginLines: string[];
  deletedSubject: string;
  deletedLines: string[];
}

/** Texts per UI language. */
export const WRITER_TEXTS: Record<UiLanguage, WriterTexts> = { en, ru, uk, de, fr, es, it, pl };
