import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from '@/lib/errors';

// Network API credentials at rest: AES-256-GCM with a key from the
// environment (CREDENTIALS_KEY, 32 bytes in base64), stored as
// `v1.<iv>.<tag>.<ciphertext>` (base64url parts). A database dump alone
// reveals no API key; a wrong key or a tampered value fails loudly.

const VERSION = 'v1';

export function parseCredentialsKey(base64: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new AppError('bad_request', 'CREDENTIALS_KEY must be 32 bytes in base64');
  return key;
}

export function encryptCredentials(credentials: Record<string, string>, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(credentials), 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

export function decryptCredentials(sealed: string, key: Buffer): Record<string, string> {
  const [version, iv, tag, ciphertext] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) {
    throw new AppError('internal', 'stored credentials are not in a known format');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const plain = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as Record<string, string>;
  } catch (cause) {
    throw new AppError('internal', 'stored credentials cannot be decrypted with this CREDENTIALS_KEY', {
      cause,
    });
  }
}
