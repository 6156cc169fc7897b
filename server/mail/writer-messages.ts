/**
 * The emails a writer receives, in the writer's UI language (texts in writer-texts.ts). Plain
 * text first (it survives every mail client); wording is short, kind and free of anything a state
 * adversary could learn from a subject line.
 */
import type { LetterStatus, RecipientHoldCause } from '../../shared/letter-status';
import { UI_LANGUAGES, type UiLanguage } from '../../shared/limits';
import type { MailMessage } from './mailer';
import { WRITER_TEXTS, type WriterTexts } from './writer-texts';

/** Hours a confirmation link stays valid (matches CONFIRMATION_TTL_MS). */
const CONFIRM_HOURS = 48;

/** Minutes a sign-in link stays valid (matches WRITER_LOGIN_TTL_MS). */
export const LOGIN_LINK_MINUTES = 30;

/** The texts for `language`, English when the language is not one of ours. */
export function writerTexts(language: string | undefined): WriterTexts {
  return WRITER_TEXTS[
    (UI_LANGUAGES as readonly string[]).includes(language ?? '') ? (language as UiLanguage) : 'en'
  ];
}

function fill(lines: string[], values: Record<string, string | number>): string {
  return lines
    .map((line) => line.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? '')))
    .join('\n');
}

/** The confirmation email with the single-use link. */
export function confirmationMessage(to: string, link: string, refCode: string, language = 'en'): MailMessage {
  const t = writerTexts(language);
  return {
    to,
    subject: t.confirmSubject,
    text: fill(t.confirmLines, { link, ref: refCode, hours: CONFIRM_HOURS }),
  };
}

/**
 * A short status update, linking to "My letters"; undefined for statuses the writer is not told
 * about. A hold because the person left custody (`heldFor`) says so in its own words.
 */
export function statusMessage(
  to: string,
  status: LetterStatus,
  refCode: string,
  myLettersLink: string,
  language = 'en',
  heldFor?: RecipientHoldCause,
): MailMessage | undefined {
  const t = writerTexts(language);
  const sentence =
    status === 'on_hold' && heldFor
      ? t.held[heldFor]
      : (t.status as Partial<Record<LetterStatus, string>>)[status];
  if (!sentence) return undefined;
  return {
    to,
    subject: fill([t.updateSubject], { ref: refCode }),
    text: [sentence, '', `${t.myLetters}: ${myLettersLink}`].join('\n'),
  };
}

/** The sign-in link to "My letters". */
export function loginMessage(to: string, link: string, language = 'en'): MailMessage {
  const t = writerTexts(language);
  return { to, subject: t.loginSubject, text: fill(t.loginLines, { link, minutes: LOGIN_LINK_MINUTES }) };
}

/** The last email: the writer's data is gone. */
export function deletedMessage(to: string, language = 'en'): MailMessage {
  const t = writerTexts(language);
  return { to, subject: t.deletedSubject, text: t.deletedLines.join('\n') };
}
