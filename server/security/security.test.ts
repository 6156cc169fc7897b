import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decrypt, encrypt } from './encryption';
import { deriveKeys, keyedHash, loadSecretKeys } from './keys';
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
    for (let i = 0; i < 50; i++) expect(shortCode(6)).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
  });
});
