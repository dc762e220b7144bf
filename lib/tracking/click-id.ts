// Our click id: the sub-id we hand every network and the key of the click row
// (DESIGN.md §3.5). A ULID, lowercased: 48 bits of milliseconds then 80 random
// bits, in Crockford's base32, 26 characters of [0-9a-z] without i, l, o, u.
//
// - Time first, so ids sort by creation and the click table (partitioned by
//   month, DESIGN.md §8) can be pruned from the id alone.
// - Lower case, because networks.md §2 allows letters and digits everywhere
//   but Rakuten's u1 is case-sensitive and people retype ids in claims: one
//   case means one spelling.
// - 26 characters fit every documented sub-id limit (the tightest is CJ's 30,
//   networks.md §1.2, §2); see lib/networks/sub-id-constraints.ts.
// - No "monotonic ULID" within one millisecond: incrementing the random part
//   would make the next click id guessable from the previous one, and a member
//   must not be able to claim someone else's click. Two clicks in the same
//   millisecond simply sort randomly between themselves.

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const TIME_CHARS = 10;
const RANDOM_BYTES = 10;
const TIME_MAX_MS = 2 ** 48 - 1;

export const CLICK_ID_LENGTH = 26;

// 10 base32 characters hold 50 bits; a 48-bit time leaves the first at most 7.
const CLICK_ID_PATTERN = /^[0-7][0-9a-hjkmnp-tv-z]{25}$/;

type FillRandom = (bytes: Uint8Array) => Uint8Array;

// Random bytes are drawn from the CSPRNG a few kilobytes at a time (one call per
// 409 ids instead of one per id: the click-out mints an id on every click) and
// each byte is handed out once.
const POOL_SIZE = 4096;
const pool = new Uint8Array(POOL_SIZE);
let poolAt = POOL_SIZE;

const fillRandom: FillRandom = (bytes) => {
  if (poolAt + bytes.length > POOL_SIZE) {
    globalThis.crypto.getRandomValues(pool);
    poolAt = 0;
  }
  bytes.set(pool.subarray(poolAt, poolAt + bytes.length));
  pool.fill(0, poolAt, poolAt + bytes.length);
  poolAt += bytes.length;
  return bytes;
};

/** A fresh click id for a click at `now`; `random` is replaceable only for tests. */
export function newClickId(now: Date = new Date(), random: FillRandom = fillRandom): string {
  const ms = now.getTime();
  if (!Number.isSafeInteger(ms) || ms < 0 || ms > TIME_MAX_MS) {
    throw new RangeError(`click id time out of range: ${String(ms)}`);
  }
  const bytes = random(new Uint8Array(RANDOM_BYTES));
  if (bytes.length !== RANDOM_BYTES) throw new RangeError('click id needs 10 random bytes');
  return encodeTime(ms) + encodeRandom(bytes);
}

export function isClickId(value: string): boolean {
  return CLICK_ID_PATTERN.test(value);
}

/** The moment the click id was minted, or null if `id` is not a click id. */
export function clickIdTime(id: string): Date | null {
  if (!isClickId(id)) return null;
  let ms = 0;
  for (const char of id.slice(0, TIME_CHARS)) ms = ms * 32 + ALPHABET.indexOf(char);
  return new Date(ms);
}

function encodeTime(ms: number): string {
  let rest = ms;
  let out = '';
  for (let i = 0; i < TIME_CHARS; i++) {
    const digit = rest % 32;
    out = ALPHABET.charAt(digit) + out;
    rest = (rest - digit) / 32;
  }
  return out;
}

// 80 bits are exactly 16 five-bit characters; carry the leftover bits along.
function encodeRandom(bytes: Uint8Array): string {
  let out = '';
  let carry = 0;
  let carryBits = 0;
  for (const byte of bytes) {
    carry = (carry << 8) | byte;
    carryBits += 8;
    while (carryBits >= 5) {
      carryBits -= 5;
      out += ALPHABET.charAt((carry >> carryBits) & 31);
    }
    carry &= (1 << carryBits) - 1;
  }
  return out;
}
