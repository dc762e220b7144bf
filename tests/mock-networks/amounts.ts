// Test data only: minor units written the way networks write amounts (a JSON
// number such as 5.59, or a decimal string "5.59"), built from the integer so
// the expected value is exact.

export function decimalString(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function decimalNumber(minor: number): number {
  return Number(decimalString(minor));
}

/** A commission for record `i`: varied, never zero. */
export function commissionMinor(i: number): number {
  return 100 + ((i * 137) % 2_900);
}

export const DAY_MS = 24 * 60 * 60 * 1000;
