import { describe, expect, it } from 'vitest';
import { duration, greeting, maskEmail } from './phrases';

describe('duration', () => {
  it.each([
    ['fr', 1, '1 minute'],
    ['fr', 15, '15 minutes'],
    ['fr', 60, '1 heure'],
    ['fr', 90, '90 minutes'],
    ['fr', 1440, '24 heures'],
    ['en', 1, '1 minute'],
    ['en', 30, '30 minutes'],
    ['en', 120, '2 hours'],
  ] as const)('%s %i min → %s', (locale, minutes, expected) => {
    expect(duration(locale, minutes)).toBe(expected);
  });

  it.each([0, -5, 1.5, Number.NaN])('refuses %s minutes', (minutes) => {
    expect(() => duration('fr', minutes)).toThrow(RangeError);
  });
});

describe('greeting', () => {
  it.each([
    ['fr', 'Zoé', 'Bonjour Zoé,'],
    ['fr', '  ', 'Bonjour,'],
    ['en', 'Ann', 'Hello Ann,'],
    ['en', undefined, 'Hello,'],
  ] as const)('%s "%s" → %s', (locale, name, expected) => {
    expect(greeting(locale, name)).toBe(expected);
  });
});

describe('maskEmail', () => {
  it.each([
    ['a long local part', 'marie.curie@example.com', 'm•••e@example.com'],
    ['two letters', 'jo@example.com', 'j•••@example.com'],
    ['one letter', 'x@example.com', 'x•••@example.com'],
    ['no @', 'broken', '•••'],
  ])('%s', (_label, address, expected) => {
    expect(maskEmail(address)).toBe(expected);
  });
});
