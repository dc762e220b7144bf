import { intlLocale, type Locale } from './config';
import type { Messages, MessageVars, PluralMessage, Translator } from './types';

export type { MessageKey, Messages, MessageVars, PluralKey, Translator } from './types';

const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const PLACEHOLDER = /\{(\w+)\}/g;

function isPluralMessage(value: unknown): value is PluralMessage {
  if (typeof value !== 'object' || value === null) return false;
  const entries = Object.entries(value);
  return (
    typeof (value as { other?: unknown }).other === 'string' &&
    entries.every(([category, text]) => PLURAL_CATEGORIES.has(category) && typeof text === 'string')
  );
}

function lookup(messages: unknown, key: string): unknown {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/**
 * A `t(key, vars?)` for one locale. Keys are dotted paths checked at compile
 * time (`t('nav.stores')`); `{name}` is replaced by `vars.name` (numbers are
 * formatted for the locale); a `{ one, other }` message is chosen by
 * `vars.count` with `Intl.PluralRules` (an explicit `zero` wins for 0). An
 * unknown key returns the key itself: a missing string must never crash a page.
 */
export function createTranslator(locale: Locale, messages: Messages): Translator {
  const tag = intlLocale[locale];
  const pluralRules = new Intl.PluralRules(tag);
  const numberFormat = new Intl.NumberFormat(tag);

  const interpolate = (text: string, vars: MessageVars | undefined): string =>
    vars === undefined
      ? text
      : text.replace(PLACEHOLDER, (match, name: string) => {
          if (!Object.hasOwn(vars, name)) return match;
          const value = vars[name];
          return typeof value === 'number' ? numberFormat.format(value) : String(value);
        });

  const translate = (key: string, vars?: MessageVars): string => {
    const message = lookup(messages, key);
    if (typeof message === 'string') return interpolate(message, vars);
    if (!isPluralMessage(message)) return key;

    const count = vars?.count;
    if (typeof count !== 'number' || !Number.isFinite(count)) return interpolate(message.other, vars);
    const category = count === 0 && message.zero !== undefined ? 'zero' : pluralRules.select(count);
    return interpolate(message[category] ?? message.other, vars);
  };

  return translate as Translator;
}
