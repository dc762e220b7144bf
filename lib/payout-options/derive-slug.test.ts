import { describe, expect, it } from 'vitest';
import { deriveSlug, isValidSlug, SLUG_LENGTH_MAX } from './derive-slug';

describe('deriveSlug', () => {
  it.each([
    ['accents are dropped', 'Forêts vivantes', 'forets-vivantes'],
    ['case and the typographic apostrophe', 'L’Œuvre des Écoles', 'l-oeuvre-des-ecoles'],
    ['punctuation runs become one dash', 'Repas -- solidaires !!', 'repas-solidaires'],
    ['leading and trailing separators go', '  ¡Hola! ', 'hola'],
    ['digits are kept', 'Cinépass 2026', 'cinepass-2026'],
    ['German sharp s', 'Straße', 'strasse'],
    ['nothing usable', '★★★', ''],
    ['a long name is cut, never on a dash', `${'a'.repeat(59)} b`, 'a'.repeat(59)],
  ])('%s: %j → %j', (_label, name, slug) => {
    expect(deriveSlug(name)).toBe(slug);
  });

  it('always gives a valid slug or nothing', () => {
    for (const name of ['Forêts vivantes', 'A—B', '--x--', 'É'.repeat(200), '0']) {
      const slug = deriveSlug(name);
      expect(slug.length).toBeLessThanOrEqual(SLUG_LENGTH_MAX);
      if (slug) expect(isValidSlug(slug), slug).toBe(true);
    }
  });
});

describe('isValidSlug', () => {
  it.each([
    ['plain words', 'lire-pour-tous', true],
    ['upper case', 'Lire', false],
    ['double dash', 'lire--tous', false],
    ['leading dash', '-lire', false],
    ['accent', 'forêt', false],
    ['empty', '', false],
    ['too long', 'a'.repeat(SLUG_LENGTH_MAX + 1), false],
  ])('%s: %j → %s', (_label, slug, valid) => {
    expect(isValidSlug(slug)).toBe(valid);
  });
});
