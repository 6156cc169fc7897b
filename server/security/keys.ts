/**
 * The server's secret key: from SECRET_KEY, or (embedded default) from DATA_DIR/secret.key,
 * created with 0600 permissions on first start. Two keys are derived from it, one to encrypt and
 * one to hash, so a leak of hashes says nothing about ciphertexts.
 */
import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Keys derived from the server secret. */
export interface SecretKeys {
  /** AES-256-GCM key for writers' emails and TOTP secrets. */
  encryption: Buffer;
  /** HMAC-SHA256 key for lookup hashes (emails) and token hashes. */
  hashing: Buffer;
}

/** Derives the working keys from a 32-byte master secret. */
export function deriveKeys(master: Buffer): SecretKeys {
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
  return { encryption: derive('letterbridge/encryption/v1'), hashing: derive('letterbridge/hashing/v1') };
}

/** Reads SECRET_KEY or the key file in `dataDir`, creating the file when neither exists. */
export function loadSecretKeys(config: { SECRET_KEY?: string | undefined; dataDir: string }): SecretKeys {
  if (config.SECRET_KEY) return deriveKeys(Buffer.from(config.SECRET_KEY, 'base64'));
  const keyPath = path.join(config.dataDir, 'secret.key');
  fs.mkdirSync(config.dataDir, { recursive: true });
  try {
    const fd = fs.openSync(keyPath, 'wx', 0o600);
    fs.writeSync(fd, randomBytes(32).toString('base64'));
    fs.closeSync(fd);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const master = Buffer.from(fs.readFileSync(keyPath, 'utf8').trim(), 'base64');
  if (master.length !== 32) throw new Error(`${keyPath} does not hold a 32-byte base64 key`);
  return deriveKeys(master);
}

/** Keyed hash (HMAC-SHA256, hex) for lookups that must not reveal the value. */
export function keyedHash(keys: SecretKeys, value: string): string {
  return createHmac('sha256', keys.hashing).update(value).digest('hex');
}
