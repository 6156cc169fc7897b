/**
 * Letter and reply text is data, never markup. Every XSS payload of the corpus goes in as a
 * letter, signature, translation, moderator reason and volunteer name; the API returns it as JSON
 * (inert under nosniff and the CSP) byte for byte, and every email carrying such text is plain
 * text with no HTML part and no injected header. The dashboard's rendering of the same corpus is
 * checked in a real browser by e2e/volunteer.spec.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { buildLetter } from '../../test/factories';
import { buildVolunteer, volunteerCookie } from '../../test/volunteers';
import { XSS_PAYLOADS } from '../../test/xss-payloads';
import { accountLockedMessage, invitationMessage, passwordResetMessage } from '../auth/emails';
import { translations } from '../db/schema';
import { confirmationMessage, loginMessage, statusMessage } from '../mail/writer-messages';
import type { MailMessage } from '../mail/mailer';
import { replyMessage } from '../replies/forward-email';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Headers and MIME parts of an .eml as written by the outbox mailer. */
function mimeParts(eml: string): { headers: string; contentTypes: string[] } {
  const headers = eml.split(/\r?\n\r?\n/, 1)[0]!;
  const contentTypes = [...eml.matchAll(/^Content-Type:\s*([^;\r\n]+)/gim)].map((m) => m[1]!.toLowerCase());
  return { headers, contentTypes };
}

describe('XSS payloads in the API', () => {
  it('come back from the dashboard API as the exact JSON strings, never as HTML', async () => {
    const { db, config } = t.runtime;
    const moderator = await buildVolunteer(db, {
      roles: ['moderator', 'admin'],
      displayName: XSS_PAYLOADS[2]!,
    });
    const cookie = await volunteerCookie(db, config, moderator.id);
    for (const payload of XSS_PAYLOADS) {
      const letter = await buildLetter(db, {
        status: 'reviewing',
        body: payload,
        signature: payload.slice(0, 80),
        claimedBy: moderator.id,
        claimExpiresAt: new Date(Date.now() + 60_000),
      });
      await db.insert(translations).values({
        letterId: letter.id,
        direction: 'to_ru',
        sourceLanguage: 'en',
        targetLanguage: 'ru',
        text: payload,
      });
      const res = await t.call('GET', `/api/volunteer/letters/${letter.id}`, undefined, { cookie });
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      const view = (await res.json()) as {
        body: string;
        signature: string;
        translation: { text: string };
        claim: { displayName: string };
      };
      expect(view.body).toBe(payload);
      expect(view.signature).toBe(payload.slice(0, 80));
      expect(view.translation.text).toBe(payload);
      expect(view.claim.displayName).toBe(XSS_PAYLOADS[2]);
      const sendBack = await t.call(
        'POST',
        `/api/volunteer/letters/${letter.id}/send-back`,
        { reason: payload },
        { cookie },
      );
      expect(sendBack.status).toBe(200);
    }
    const audit = await t.call('GET', '/api/admin/audit?action=letter.requestChanges&limit=500', undefined, {
      cookie,
    });
    const { items } = (await audit.json()) as { items: { reason: string }[] };
    expect(items.map((i) => i.reason).sort()).toEqual([...XSS_PAYLOADS].sort());
  });
});

describe('XSS payloads in emails', () => {
  const builders: ((p: string) => MailMessage | undefined)[] = [
    (p) =>
      replyMessage({
        to: 'w@example.org',
        uiLanguage: 'en',
        refCode: 'LB-ABC123',
        myLettersLink: 'https://l.example/my-letters',
        translation: p,
        transcription: p,
        scans: [],
        scansLeftOut: 0,
      }),
    (p) =>
      replyMessage({
        to: 'w@example.org',
        uiLanguage: 'ru',
        refCode: 'LB-ABC123',
        myLettersLink: 'https://l.example/my-letters',
        translation: null,
        transcription: p,
        scans: [
          { filename: 'scan.jpg', content: Buffer.from([0xff, 0xd8, 0xff]), contentType: 'image/jpeg' },
        ],
        scansLeftOut: 0,
      }),
    (p) =>
      confirmationMessage('w@example.org', `https://l.example/confirm#${encodeURIComponent(p)}`, 'LB-ABC123'),
    (p) =>
      statusMessage(
        'w@example.org',
        'changes_requested',
        'LB-ABC123',
        `https://l.example/my-letters?x=${encodeURIComponent(p)}`,
      ),
    (p) => loginMessage('w@example.org', `https://l.example/s#${encodeURIComponent(p)}`),
    (p) =>
      invitationMessage(
        'v@example.org',
        `https://l.example/volunteer/invitation#${encodeURIComponent(p)}`,
        7,
      ),
    (p) =>
      passwordResetMessage('v@example.org', `https://l.example/volunteer/reset#${encodeURIComponent(p)}`),
    () => accountLockedMessage('v@example.org', 15),
  ];

  it('are plain text only, with no HTML part and no header injected from the text', async () => {
    let sent = 0;
    for (const payload of XSS_PAYLOADS) {
      for (const build of builders) {
        const message = build(payload);
        if (!message) continue;
        expect(message.html).toBeUndefined();
        await t.runtime.mailer.send(message);
        sent++;
      }
    }
    const mails = t.outbox();
    expect(mails).toHaveLength(sent);
    for (const eml of mails) {
      const { headers, contentTypes } = mimeParts(eml);
      expect(contentTypes).not.toContain('text/html');
      expect(contentTypes.some((type) => type === 'text/plain')).toBe(true);
      expect(headers).not.toMatch(/^Bcc:/im);
    }
  });
});
