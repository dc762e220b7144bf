import type { MessageKey } from '@/lib/i18n/types';
import { commonPasswords } from './common-passwords';

// NIST SP 800-63B style: length over composition rules. At least 10
// characters (counted as code points, so an accent or an emoji is one), at
// most 200 (a bound on hashing work), and not something an attacker tries
// first: a common password, one dressed up with digits, symbols or
// "leetspeak", a run of three characters or fewer, or the e-mail address.

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblem = Extract<
  MessageKey,
  'auth.password.tooShort' | 'auth.password.tooLong' | 'auth.password.sameAsEmail' | 'auth.password.common'
>;

/** The problems with a new password, most useful first; empty when it is acceptable. */
export function passwordPolicy(password: string, context: { email?: string } = {}): PasswordProblem[] {
  const normalised = password.normalize('NFKC');
  const length = [...normalised].length;
  if (length < PASSWORD_MIN_LENGTH) return ['auth.password.tooShort'];
  if (length > PASSWORD_MAX_LENGTH) return ['auth.password.tooLong'];

  const lower = normalised.toLowerCase();
  const core = stripDecorations(lower);
  const problems: PasswordProblem[] = [];
  const email = context.email?.trim().toLowerCase();
  if (email) {
    const local = email.slice(0, email.lastIndexOf('@'));
    if ([lower, core].some((candidate) => candidate === email || (local !== '' && candidate === local))) {
      problems.push('auth.password.sameAsEmail');
    }
  }
  if (isCommon(lower, core)) problems.push('auth.password.common');
  return problems;
}

function isCommon(lower: string, core: string): boolean {
  if (new Set(lower).size < 4) return true; // "aaaaaaaaaa", "abababab12"
  const candidates = [lower, core, ...unleet(lower), ...unleet(core)];
  candidates.push(...unleet(lower).map(stripDecorations));
  return candidates.some((candidate) => commonPasswords.has(candidate));
}

/** "!!soleil2024" → "soleil": digits and symbols around a word add little. */
function stripDecorations(text: string): string {
  return text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}

const LEET: Record<string, string> = { '@': 'a', '4': 'a', '3': 'e', '0': 'o', $: 's', '5': 's', '7': 't' };

/** "p@ssw0rd" → "password"; `1` and `!` read as either `i` or `l`. */
function unleet(text: string): string[] {
  const base = [...text].map((char) => LEET[char] ?? char).join('');
  return [base.replace(/[1!]/g, 'i'), base.replace(/[1!]/g, 'l')];
}

export type FieldIssue = { path: string[]; message: MessageKey };

/**
 * Field issues for a new password and its confirmation, in the shape
 * `validationError` takes, so forms show them beside the right inputs.
 */
export function newPasswordIssues(input: {
  password: string;
  confirmation: string;
  email?: string;
  fields?: { password: string; confirmation: string };
}): FieldIssue[] {
  const fields = input.fields ?? { password: 'password', confirmation: 'passwordConfirmation' };
  const issues: FieldIssue[] = passwordPolicy(input.password, { email: input.email }).map((message) => ({
    path: [fields.password],
    message,
  }));
  if (input.password !== input.confirmation) {
    issues.push({ path: [fields.confirmation], message: 'auth.password.mismatch' });
  }
  return issues;
}
