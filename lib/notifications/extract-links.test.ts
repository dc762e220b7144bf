import { describe, expect, it } from 'vitest';
import { extractLinks } from './extract-links';

describe('extractLinks', () => {
  it.each([
    ['none', 'Bonjour,\n\nRien ici.', []],
    [
      'one on its own line',
      'Confirmer :\nhttps://r.example/v?token=a&b=1\n',
      ['https://r.example/v?token=a&b=1'],
    ],
    [
      'duplicates once, in order',
      'http://a.example/1 https://b.example https://a.example/1 http://a.example/1',
      ['http://a.example/1', 'https://b.example', 'https://a.example/1'],
    ],
    [
      'trailing punctuation dropped',
      'Voir https://r.example/aide. Ou (https://r.example/x).',
      ['https://r.example/aide', 'https://r.example/x'],
    ],
    ['no javascript: or mailto:', 'javascript:alert(1) mailto:a@b.c', []],
  ])('%s', (_label, text, expected) => {
    expect(extractLinks(text)).toEqual(expected);
  });
});
