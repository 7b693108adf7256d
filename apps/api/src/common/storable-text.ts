// Text the database can store as it was sent. Postgres refuses the NUL character in text (a 500 if it
// got that far), and a lone half of a surrogate pair (half an emoji) would silently turn into U+FFFD on
// the way to UTF-8. Both are refused at the edge, naming the field.
import { ValidateBy, type ValidationOptions } from 'class-validator';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const IS_STORABLE_TEXT = 'isStorableText';

/** True for a string without NUL characters and without unpaired surrogates; other values pass. */
export function isStorableText(value: unknown): boolean {
  return typeof value !== 'string' || (!value.includes('\u0000') && !LONE_SURROGATE.test(value));
}

export function IsStorableText(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_STORABLE_TEXT,
      validator: {
        // With `each`, class-validator calls this once per item of a list.
        validate: (value: unknown) => isStorableText(value),
        defaultMessage: () =>
          '$property contains a character that cannot be stored (NUL or half a character)',
      },
    },
    options,
  );
}
