import { describe, expect, it } from 'vitest';
import {
  escapeXml,
  isSepaText,
  SEPA_NAME_MAX_LENGTH,
  SEPA_REMITTANCE_MAX_LENGTH,
  toSepaText,
} from './sepa-text';

describe('toSepaText', () => {
  it.each([
    ['French accents', 'Hélène Lefèvre-Çaëtan', 'Helene Lefevre-Caetan'],
    ['capital accents', 'ÉLODIE ÀÎÔÛ', 'ELODIE AIOU'],
    ['German sharp s', 'Günther Straße', 'Gunther Strasse'],
    ['capital sharp s', 'GROẞ', 'GROSS'],
    ['Scandinavian', 'Søren Ærø Åsa', 'Soren AEro Asa'],
    ['ligatures', 'Œuvre cœur', 'OEuvre coeur'],
    ['Polish and Croatian', 'Łukasz Đurić Żółć', 'Lukasz Duric Zolc'],
    ['Icelandic', 'Þór Guðmundsdóttir', 'THor Gudmundsdottir'],
    ['Spanish and Portuguese', 'Núñez João', 'Nunez Joao'],
    ['ampersand', 'Dupont & Fils', 'Dupont + Fils'],
    ['typographic apostrophe', 'L’Oréal d’Artagnan', "L'Oreal d'Artagnan"],
    ['double quotes and guillemets', 'Jean "JJ" «Le Grand»', "Jean 'JJ' 'Le Grand'"],
    ['dashes', 'Marie–Claire — Paris', 'Marie-Claire - Paris'],
    ['euro sign', 'Retrait 10 €', 'Retrait 10 EUR'],
    ['numero sign', 'Retrait n°42', 'Retrait no42'],
    ['semicolon and bang', 'Merci; à bientôt!', 'Merci, a bientot.'],
    ['fullwidth and ligature fi', 'Ｒｉｓｔｏｕｒｎｅ ﬁn', 'Ristourne fin'],
    ['emoji and symbols become spaces', 'Zoé 🎉 #1 @home', 'Zoe 1 home'],
    ['line breaks and tabs', 'a\nb\tc\r\nd', 'a b c d'],
    ['allowed punctuation kept', "a/b-c?d:e(f).g,h'i+j", "a/b-c?d:e(f).g,h'i+j"],
    ['non-Latin script comes out empty', 'Иван 王', ''],
  ])('%s', (_label, input, expected) => {
    const out = toSepaText(input, SEPA_REMITTANCE_MAX_LENGTH);
    expect(out).toBe(expected);
    expect(isSepaText(out)).toBe(true);
  });

  it('cuts after transliterating, and leaves no trailing space', () => {
    const name = `${'ß'.repeat(40)}`;
    expect(toSepaText(name, SEPA_NAME_MAX_LENGTH)).toBe('s'.repeat(70));
    expect(toSepaText(`${'a'.repeat(69)} b`, SEPA_NAME_MAX_LENGTH)).toBe('a'.repeat(69));
    expect(toSepaText('x'.repeat(300), SEPA_REMITTANCE_MAX_LENGTH)).toHaveLength(140);
  });
});

describe('isSepaText', () => {
  it.each([
    ['plain', 'Jean Dupont', true],
    ['accent', 'Hélène', false],
    ['ampersand', 'A & B', false],
    ['underscore', 'a_b', false],
  ])('%s', (_label, text, expected) => {
    expect(isSepaText(text)).toBe(expected);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
  });
});
