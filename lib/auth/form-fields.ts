import { z } from 'zod';

// Form posts are untrusted: every field is a bounded string (absent = empty),
// checkboxes are "on" or absent. The domain functions do the real validation.

export const text = (max = 1_000) =>
  z.preprocess((value) => (typeof value === 'string' ? value : ''), z.string().max(max));

export const checkbox = z.preprocess((value) => value === 'on', z.boolean());

/** The entries of a form as a plain object, for `schema.safeParse`. */
export function formObject(formData: FormData, names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((name) => [name, formData.get(name) ?? undefined]));
}
