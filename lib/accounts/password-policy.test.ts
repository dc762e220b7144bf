import { describe, expect, it } from 'vitest';
import { commonPasswords } from './common-passwords';
import { PASSWORD_MAX_LENGTH, type PasswordProblem, passwordPolicy } from './password-policy';

const email = 'zoe.martin@example.com';

describe('passwordPolicy', () => {
  const cases: Array<[label: string, password: string, want: PasswordProblem[]]> = [
    ['a long random passphrase', 'violon-tartine-orage-47', []],
    ['exactly 10 varied characters', 'Kq8#mZ2!pL', []],
    ['accents count once each', 'éléphant-rosé', []],
    ['9 characters', 'Kq8#mZ2!p', ['auth.password.tooShort']],
    ['empty', '', ['auth.password.tooShort']],
    ['9 emoji are 9 characters, not 18 UTF-16 units', '🐈🐕🐟🐦🦊🦉🐢🦋🐝', ['auth.password.tooShort']],
    ['10 emoji are enough', '🐈🐕🐟🐦🦊🦉🐢🦋🐝🐌', []],
    ['201 characters', `${'a1b2c3d4e5'.repeat(20)}x`, ['auth.password.tooLong']],
    ['200 characters', 'k7#Qm2$vX9'.repeat(20), []],
    ['a short classic is too short first', 'password', ['auth.password.tooShort']],
    ['password123', 'password123', ['auth.password.common']],
    ['upper case does not help', 'PASSWORD123', ['auth.password.common']],
    ['motdepasse', 'motdepasse', ['auth.password.common']],
    ['Motdepasse2024!', 'Motdepasse2024!', ['auth.password.common']],
    ['azertyuiop', 'azertyuiop', ['auth.password.common']],
    ['qwerty123 plus digits', 'qwerty123456', ['auth.password.common']],
    ['iloveyou with a year', 'iloveyou1998', ['auth.password.common']],
    ['soleil with a year and symbols', 'Soleil2024!!', ['auth.password.common']],
    ['a word wrapped in symbols', '!!chocolat!!', ['auth.password.common']],
    ['leetspeak', 'P@ssw0rd123', ['auth.password.common']],
    ['leetspeak with 1 for l', '1l0v3y0u2024', ['auth.password.common']],
    ['digits only, listed', '1234567890', ['auth.password.common']],
    ['one character repeated', 'aaaaaaaaaaaa', ['auth.password.common']],
    ['three characters repeated', 'abcabcabcabc', ['auth.password.common']],
    ['the e-mail address', 'Zoe.Martin@example.com', ['auth.password.sameAsEmail']],
    ['the e-mail address with digits', 'zoe.martin@example.com1', ['auth.password.sameAsEmail']],
    ['the local part of the e-mail', 'zoe.martin', ['auth.password.sameAsEmail']],
  ];

  it.each(cases)('%s', (_label, password, want) => {
    expect(passwordPolicy(password, { email })).toEqual(want);
  });

  it('does not compare with an e-mail it was not given', () => {
    expect(passwordPolicy('zoe.martin')).toEqual([]);
  });

  it('accepts the maximum', () => {
    expect(passwordPolicy('k7#Qm2$vX9'.repeat(PASSWORD_MAX_LENGTH / 10))).toEqual([]);
  });
});

describe('commonPasswords', () => {
  it('holds about a thousand lower-case entries, classics included', () => {
    expect(commonPasswords.size).toBeGreaterThanOrEqual(1000);
    for (const word of commonPasswords) expect(word).toBe(word.toLowerCase());
    for (const classic of ['password', '123456', 'azerty', 'motdepasse', 'qwerty123', 'iloveyou', 'soleil']) {
      expect(commonPasswords.has(classic)).toBe(true);
    }
  });
});
