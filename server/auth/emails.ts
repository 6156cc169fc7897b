/**
 * Mail to volunteers: invitations, password resets and lock notices. Plain text only, and no
 * detail in the subject that would tell a reader of the mailbox what the organisation does.
 */
import type { MailMessage } from '../mail/mailer';

/** The invitation with its one-time link. */
export function invitationMessage(to: string, link: string, expiresInDays: number): MailMessage {
  return {
    to,
    subject: 'Your invitation',
    text: [
      'You have been invited to help as a volunteer.',
      '',
      'Open this link to choose a password and set up two-factor sign-in:',
      link,
      '',
      `The link works once and expires in ${expiresInDays} days.`,
      'If you did not expect this, ignore this email.',
    ].join('\n'),
  };
}

/** The password reset link. */
export function passwordResetMessage(to: string, link: string): MailMessage {
  return {
    to,
    subject: 'Reset your password',
    text: [
      'Someone (hopefully you) asked to reset your password.',
      '',
      'Open this link within an hour to choose a new one. You will also need your authenticator app:',
      link,
      '',
      'If it was not you, ignore this email: your password stays as it is.',
    ].join('\n'),
  };
}

/** Sent to the owner when repeated failures lock the account. */
export function accountLockedMessage(to: string, minutes: number): MailMessage {
  return {
    to,
    subject: 'Sign-in attempts on your account',
    text: [
      `There were several failed sign-in attempts on your account, so it is locked for ${minutes} minutes.`,
      '',
      'If this was you, wait and try again. If not, tell an administrator: someone may know your password.',
    ].join('\n'),
  };
}
