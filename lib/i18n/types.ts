import type { fr } from './messages/fr';

// The French messages are the source of truth; every other locale must have
// exactly the same shape, with any strings.

/** A message that depends on a count: `{ one, other }`, `zero` optional. */
export type PluralMessage = {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
};

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

/** The shape every locale's messages must have (derived from `fr`, string leaves). */
export type Messages = Widen<typeof fr>;

type IsPlural<T> = T extends { other: string } ? (T extends Record<string, string> ? true : false) : false;

type Paths<T, Wanted extends 'all' | 'plural'> = {
  [K in keyof T & string]: T[K] extends string
    ? Wanted extends 'all'
      ? K
      : never
    : IsPlural<T[K]> extends true
      ? K
      : `${K}.${Paths<T[K], Wanted>}`;
}[keyof T & string];

/** Every dotted key of a message: `nav.stores`, `catalog.storeCount`. */
export type MessageKey = Paths<Messages, 'all'>;

/** Keys whose message is a plural object; `t` requires `count` for them. */
export type PluralKey = Paths<Messages, 'plural'>;

export type MessageVars = Record<string, string | number>;

export type TranslateArgs<K extends MessageKey> = K extends PluralKey
  ? [vars: MessageVars & { count: number }]
  : [vars?: MessageVars];

export type Translator = <K extends MessageKey>(key: K, ...args: TranslateArgs<K>) => string;
