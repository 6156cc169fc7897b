/** The writer's emails in English (server/mail/writer-texts.ts says what each text is for). */
import type { WriterTexts } from '../writer-texts';

/** English. */
export const en: WriterTexts = {
  confirmSubject: 'Please confirm your letter',
  confirmLines: [
    'Thank you for writing.',
    '',
    'Your letter is saved but not sent yet. Please confirm it by opening this link:',
    '{link}',
    '',
    'The link works once and expires in {hours} hours. Reference: {ref}.',
    'If you did not write a letter, ignore this email and nothing will be sent.',
  ],
  updateSubject: 'Letter {ref}: an update',
  myLetters: 'My letters',
  status: {
    screening: 'Your letter is confirmed. Our volunteers will now check and translate it.',
    changes_requested:
      'A volunteer asked for a change to your letter before it can be sent. Open "My letters" to see what, and edit it.',
    rejected: 'We are sorry: your letter cannot be sent. Open "My letters" to read why.',
    dispatched: 'Your letter has been sent to the prison.',
    delivered: 'Your letter has been delivered.',
    returned: 'Your letter was stopped by the prison censor or returned. Open "My letters" for details.',
    lost: 'We have had no news of your letter for a long time. It may have been lost; we are following up.',
    on_hold:
      'The person you wrote to has been moved or cannot receive letters right now. We are holding your letter and will send it on as soon as we can.',
  },
  held: {
    recipient_released:
      'Good news: the person you wrote to has been released. Your letter will not be sent to the prison, and we cannot forward it to them. It is on hold; you can withdraw it in "My letters".',
    recipient_deceased:
      'We are very sorry to tell you that the person you wrote to has died. Your letter will not be sent. Thank you for writing to them. You can withdraw the letter in "My letters".',
    recipient_abroad:
      'Good news: the person you wrote to is no longer held and has left the country. Your letter will not be sent to the prison, and we cannot forward it to them. It is on hold; you can withdraw it in "My letters".',
    recipient_house_arrest:
      'The person you wrote to is now under house arrest. Prison mail does not reach them at home, and we do not send letters to home addresses. We are keeping your letter on hold: if they are taken back into custody, it goes on from where it stopped. You can withdraw it in "My letters".',
  },
  loginSubject: 'Your link to My letters',
  loginLines: [
    'Open this link to see your letters:',
    '{link}',
    '',
    'The link works once and expires in {minutes} minutes.',
    'If you did not ask for it, ignore this email.',
  ],
  deletedSubject: 'Your data has been deleted',
  deletedLines: [
    'As you asked, we have deleted your email address and the text of your letters.',
    'Letters that were not sent yet will not be sent. Letters already sent stay with the person you wrote to.',
    'This is the last email you will receive from us.',
  ],
};
