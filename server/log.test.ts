import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { newToken } from './security/tokens';
import { createLogger } from './log';

/** A logger at trace level whose output the test reads. */
function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(chunk.toString('utf8'));
      callback();
    },
  });
  return { log: createLogger('trace', stream), output: () => lines.join('') };
}

const EMAIL = 'anna.writer@example.org';
const LETTER = 'Dear Ivan, I read about your case and I think of you every day.';
const TOKEN = newToken();
const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('log redaction', () => {
  it('redacts sensitive fields at any depth', () => {
    const { log, output } = capture();
    log.info(
      { email: EMAIL, letter: { body: LETTER, meta: { signature: 'Anna', deeper: { text: LETTER } } } },
      'submitted',
    );
    log.info({ request: { json: { token: TOKEN, password: 'hunter2hunter2', totp: '123456' } } }, 'auth');
    log.info({ mail: { to: EMAIL, subject: 'Hello' }, recoveryCodes: ['abcd-efgh-jkmn'] }, 'mail');
    const text = output();
    for (const secret of [EMAIL, LETTER, 'Anna', TOKEN, 'hunter2hunter2', 'abcd-efgh-jkmn'])
      expect(text).not.toContain(secret);
    expect(text).toContain('[redacted]');
    expect(text).toContain('"subject":"Hello"');
  });

  it('scrubs emails, tokens and TOTP secrets from messages, values and errors (with causes)', () => {
    const { log, output } = capture();
    log.warn(`could not send to ${EMAIL}`);
    log.info(
      { url: `https://lb.example/volunteer/invitation#${TOKEN}`, q: `/confirm?token=${TOKEN}` },
      'link',
    );
    log.info({ uri: `otpauth://totp/Letterbridge:anna?secret=${TOTP_SECRET}&issuer=Letterbridge` }, 'enrol');
    const cause = new Error(`duplicate key value (email_hash)=(${EMAIL})`);
    log.error({ err: new Error(`mail to ${EMAIL} failed with token ${TOKEN}`, { cause }) }, 'job failed');
    log.error(new Error(`boom for ${EMAIL}`));
    const text = output();
    for (const secret of [EMAIL, TOKEN, TOTP_SECRET]) expect(text).not.toContain(secret);
    expect(text).toContain('[email]');
    expect(text).toContain('[token]');
    expect(text).toContain('job failed');
  });

  it('keeps ids, counts and error codes readable', () => {
    const { log, output } = capture();
    log.info(
      { letterId: '0b8e6f1e-6a55-4c2e-9a3e-1f6e6a0b7c11', letters: 12, err: { code: 'letter_is_approved' } },
      'ok',
    );
    const text = output();
    expect(text).toContain('0b8e6f1e-6a55-4c2e-9a3e-1f6e6a0b7c11');
    expect(text).toContain('"letters":12');
    expect(text).toContain('letter_is_approved');
  });
});
