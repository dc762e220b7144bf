import { type Algorithm, hash, parseOptions, type Version, verify } from '@node-rs/argon2';

// argon2id with OWASP's first recommended setting (19 MiB, 2 passes, 1 lane):
// about 30 ms on one core, so a 2-core server still signs in dozens of people a
// second while a stolen hash costs an attacker real memory per guess. Raise the
// parameters here and `needsRehash` upgrades each hash at its next sign-in.
//
// Passwords are NFKC-normalised first, so the same password typed on two
// keyboards ("é" as one code point or as e + accent) hashes the same.

// The package's enums are `const enum`s, which isolated modules cannot read.
const ARGON2ID = 2 as Algorithm;
const VERSION_0X13 = 1 as Version;

export const PASSWORD_HASH_PARAMS = {
  algorithm: ARGON2ID,
  version: VERSION_0X13,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFKC'), PASSWORD_HASH_PARAMS);
}

/** False for a wrong password and for a hash that is not argon2 at all (never throws on bad data). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize('NFKC'));
  } catch {
    return false;
  }
}

/** True when the hash was made with other parameters than today's (or cannot be read). */
export function needsRehash(passwordHash: string): boolean {
  try {
    const used = parseOptions(passwordHash);
    const want = PASSWORD_HASH_PARAMS;
    return (
      used.algorithm !== want.algorithm ||
      used.version !== want.version ||
      used.memoryCost !== want.memoryCost ||
      used.timeCost !== want.timeCost ||
      used.parallelism !== want.parallelism ||
      used.outputLen !== want.outputLen
    );
  } catch {
    return true;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the time of one verification without a real hash, for an unknown
 * e-mail: answering faster than for a known one would tell them apart.
 */
export async function dummyVerify(password: string): Promise<false> {
  dummyHash ??= hashPassword('ristourne-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
  return false;
}
