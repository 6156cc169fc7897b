/**
 * The emails a writer receives. Plain text first (it survives every mail client); wording is
 * short, kind and free of anything a state adversary could learn from a subject line.
 */
import type { LetterStatus } from '../../shared/letter-status';
import type { MailMessage } from './mailer';

/** The confirmation email with the single-use link. */
export function confirmationMessage(to: string, link: string, refCode: string): MailMessage {
  return {
    to,
    subject: 'Please confirm your letter',
    text: [
      'Thank you for writing.',
      '',
      'Your letter is saved but not sent yet. Please confirm it by opening this link:',
      link,
      '',
      `The link works once and expires in 48 hours. Reference: ${refCode}.`,
      'If you did not write a letter, ignore this email and nothing will be sent.',
    ].join('\n'),
  };
}

const STATUS_SENTENCES: Partial<Record<LetterStatus, string>> = {
  screening: 'Your letter is confirmed. Our volunteers will now check and translate it.',
  changes_requested: 'A volunteer asked for a change to your letter before it can be sent. Open "My letters" to see what and edit it.',
  rejected: 'We are sorry: your letter cannot be sent. Open "My letters" to read why.',
  dispatched: 'Your letter has been sent to the prison.',
  delivered: 'Your letter has been delivered.',
  returned: 'Your letter was stopped by the prison censor or returned. Open "My letters" for details.',
  lost: 'We have had no news of your letter for a long time. It may have been lost; we are following up.',
  on_hold: 'The person you wrote to has been moved or cannot receive letters right now. We are holding your letter and will send it on as soon as we can.',
};

/** A short status update, linking to "My letters". */
export function statusMessage(to: string, status: LetterStatus, refCode: string, myLettersLink: string): MailMessage | undefined {
  const sentence = STATUS_SENTENCES[status];
  if (!sentence) return undefined;
  return {
    to,
    subject: `Letter ${refCode}: an update`,
    text: [sentence, '', `My letters: ${myLettersLink}`].join('\n'),
  };
}
