// The SEPA character set. The EPC implementation guidelines only promise the
// basic Latin set below end to end (a-z A-Z 0-9 / - ? : ( ) . , ' + space);
// banks may reject or mangle anything else. Names and remittance information
// are therefore transliterated before they go into a file: accents are
// dropped (é → e), letters with no decomposition are spelled out (ß → ss,
// Œ → OE, ø → o), a few signs get their nearest allowed equivalent (& → +,
// ; → ,), and whatever remains outside the set becomes a space. Text in a
// non-Latin script has no useful transliteration here and comes out empty:
// the payout method form refuses such a holder name up front.

export const SEPA_NAME_MAX_LENGTH = 70;
export const SEPA_REMITTANCE_MAX_LENGTH = 140;

const SPELLED_OUT: Record<string, string> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ł: 'l',
  Ł: 'L',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŀ: 'l',
  Ŀ: 'L',
  ŋ: 'n',
  Ŋ: 'N',
  ſ: 's',
  ŧ: 't',
  Ŧ: 'T',
  ƒ: 'f',
  '&': '+',
  ';': ',',
  '!': '.',
  _: '-',
  '~': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '−': '-',
  '⁄': '/',
  '\\': '/',
  '|': '/',
  '[': '(',
  ']': ')',
  '{': '(',
  '}': ')',
  '<': '(',
  '>': ')',
  '’': "'",
  '‘': "'",
  '‚': "'",
  '‛': "'",
  '`': "'",
  '´': "'",
  '′': "'",
  '"': "'",
  '“': "'",
  '”': "'",
  '„': "'",
  '«': "'",
  '»': "'",
  '€': 'EUR',
  // "n°" (numéro) reads as "no".
  '°': 'o',
};

/** Any key of SPELLED_OUT (each one UTF-16 unit), escaped for a character class. */
const SPELLED_OUT_CHARS = new RegExp(
  `[${Object.keys(SPELLED_OUT)
    .map((char) => char.replace(/[\\\]^-]/g, '\\$&'))
    .join('')}]`,
  'g',
);
const OUTSIDE_SEPA_SET = /[^a-zA-Z0-9/\-?:().,'+ ]/g;
const SEPA_TEXT = /^[a-zA-Z0-9/\-?:().,'+ ]*$/;

/** True when every character of `text` is in the SEPA basic Latin set. */
export function isSepaText(text: string): boolean {
  return SEPA_TEXT.test(text);
}

/**
 * `text` transliterated to the SEPA character set, spaces collapsed and
 * trimmed, then cut to `maxLength` characters (after transliteration, since
 * "ß" becomes two letters). Empty when nothing usable is left.
 */
export function toSepaText(text: string, maxLength: number): string {
  // Most names and references are plain already, and a file of 100 000
  // payments makes this the hot path.
  if (SEPA_TEXT.test(text) && !/^ | {2}| $/.test(text)) return text.slice(0, maxLength).trimEnd();
  const plain = text
    .normalize('NFKD')
    .replace(SPELLED_OUT_CHARS, (char) => SPELLED_OUT[char]!)
    .replace(/\p{M}/gu, '')
    .replace(OUTSIDE_SEPA_SET, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
  return plain.slice(0, maxLength).trimEnd();
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text content or attribute value for XML. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ENTITIES[char]!);
}
