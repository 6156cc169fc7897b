import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decrypt, encrypt } from './encryption';
import { deriveKeys, keyedHash, loadSecretKeys } from './keys';
import { ISSUED_REF_CODE_ALPHABET } from '../../shared/ref-code';
import { hashToken, newToken, shortCode } from './tokens';

const keys = deriveKeys(Buffer.alloc(32, 7));

describe('encryption', () => {
  it('round-trips and never repeats a ciphertext', () => {
    const a = encrypt(keys, 'writer@example.org');
    const b = encrypt(keys, 'writer@example.org');
    expect(a).not.toBe(b);
    expect(a).not.toContain('example');
    expect(decrypt(keys, a)).toBe('writer@example.org');
  });

  it('refuses a tampered ciphertext and a wrong key', () => {
    const stored = encrypt(keys, 'writer@example.org');
    const parts = stored.split('.');
    const flipped = Buffer.from(parts[3]!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    parts[3] = flipped.toString('base64url');
    expect(() => decrypt(keys, parts.join('.'))).toThrow();
    expect(() => decrypt(deriveKeys(Buffer.alloc(32, 8)), stored)).toThrow();
  });
});

describe('keys', () => {
  it('creates a 0600 key file once and reuses it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-keys-'));
    const first = loadSecretKeys({ dataDir: dir });
    const mode = fs.statSync(path.join(dir, 'secret.key')).mode & 0o777;
    expect(mode).toBe(0o600);
    expect(loadSecretKeys({ dataDir: dir }).encryption.equals(first.encryption)).toBe(true);
    fs.rmSync(dir, { recursive: true });
  });

  it('derives separate keys for encryption and hashing', () => {
    expect(keys.encryption.equals(keys.hashing)).toBe(false);
    expect(keyedHash(keys, 'a')).toBe(keyedHash(keys, 'a'));
    expect(keyedHash(keys, 'a')).not.toBe(keyedHash(deriveKeys(Buffer.alloc(32, 9)), 'a'));
  });
});

describe('tokens', () => {
  it('makes unguessable tokens and unambiguous short codes', () => {
    expect(newToken()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hashToken('x')).toHaveLength(64);
    for (let i = 0; i < 50; i++) expect(shortCode(6)).toMatch(/^[2-9A-HKMNP-Y]{6}$/);
  });

  it('makes codes of every character OCR reads reliably, and of no other, drawn uniformly', () => {
    const alphabet = ISSUED_REF_CODE_ALPHABET;
    expect(alphabet).not.toMatch(/[JZ01OIL]/);
    const counts = new Map<string, number>();
    for (const ch of shortCode(alphabet.length * 4000)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect([...counts.keys()].sort().join('')).toBe(alphabet.split('').sort().join(''));
    // Bytes taken modulo 29 would give the first 24 characters 9/8 of the last five's share: a
    // gap of ~460 between the two groups' mean counts here, where a uniform draw's gap has a
    // standard deviation of ~31. The line is drawn half-way.
    const mean = (chars: string) => [...chars].reduce((sum, ch) => sum + counts.get(ch)!, 0) / chars.length;
    expect(Math.abs(mean(alphabet.slice(0, 24)) - mean(alphabet.slice(24)))).toBeLessThan(230);
  });
});
