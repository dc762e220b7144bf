import type { Locale } from '@/lib/i18n/config';

// Small pieces of wording shared by the templates.

/** "Bonjour Marie," or, without a name, "Bonjour,". */
export function greeting(locale: Locale, name: string | undefined): string {
  const trimmed = name?.trim() ?? '';
  const hello = locale === 'fr' ? 'Bonjour' : 'Hello';
  return trimmed ? `${hello} ${trimmed},` : `${hello},`;
}

const units = {
  fr: { minute: ['minute', 'minutes'], hour: ['heure', 'heures'] },
  en: { minute: ['minute', 'minutes'], hour: ['hour', 'hours'] },
} as const;

/** A link lifetime in words: "30 minutes", "1 heure", "24 hours". Whole hours read as hours. */
export function duration(locale: Locale, minutes: number): string {
  if (!Number.isSafeInteger(minutes) || minutes < 1) {
    throw new RangeError(`a link lifetime is a positive whole number of minutes (got ${minutes})`);
  }
  const [count, unit] = minutes % 60 === 0 ? [minutes / 60, 'hour' as const] : [minutes, 'minute' as const];
  const [one, other] = units[locale][unit];
  // French uses the singular for 0 and 1, English for 1 only; lifetimes are ≥ 1 here.
  return `${count} ${count === 1 ? one : other}`;
}

/**
 * "m•••e@example.com": enough for the owner to recognise an address without
 * spelling it out to whoever reads the old mailbox.
 */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 1) return '•••';
  const local = address.slice(0, at);
  const shown = local.length <= 2 ? `${local.slice(0, 1)}•••` : `${local.slice(0, 1)}•••${local.slice(-1)}`;
  return `${shown}@${address.slice(at + 1)}`;
}
