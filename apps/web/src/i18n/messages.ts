// The Dutch translation file defines the keys; every other language must have the same ones (the
// loader's return type checks that at compile time).
import type nl from './nl.json';

export type Messages = typeof nl;

/** Dot paths to every text, e.g. `form.title.label`. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Messages>;

/** Values for `{{name}}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;
