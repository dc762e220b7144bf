// The fake shop's order numbers: "SBX-" and six characters a customer can
// read back on the phone (Crockford's alphabet: no I, L, O or U). 32 symbols
// divide 256, so every byte maps uniformly; the unique index catches the rare
// collision and the caller draws again.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 6;

export const ORDER_REF_PATTERN = /^SBX-[0-9A-Z]{6}$/;

type FillRandom = (bytes: Uint8Array) => Uint8Array;
const fillRandom: FillRandom = (bytes) => globalThis.crypto.getRandomValues(bytes);

export function newOrderRef(random: FillRandom = fillRandom): string {
  const bytes = random(new Uint8Array(LENGTH));
  let ref = 'SBX-';
  for (const byte of bytes) ref += ALPHABET[byte % ALPHABET.length];
  return ref;
}
