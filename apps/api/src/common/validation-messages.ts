// Turns class-validator errors into field-level messages in Dutch or English. The constraint's own
// arguments (a maximum length, the allowed values) are read from class-validator's metadata, so the
// DTOs declare each rule once.
import { getMetadataStorage, type ValidationError } from 'class-validator';
import type { Locale } from '@app/workflow';
import { fieldLabel } from './field-labels';

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

type Template = (label: string, args: unknown[]) => string;

const list = (args: unknown[]) =>
  Array.isArray(args[0]) ? (args[0] as unknown[]).join(', ') : String(args[0]);

const TEMPLATES: Record<string, Record<Locale, Template>> = {
  isNotEmpty: { nl: (l) => `${l} is verplicht.`, en: (l) => `${l} is required.` },
  isDefined: { nl: (l) => `${l} is verplicht.`, en: (l) => `${l} is required.` },
  isString: { nl: (l) => `${l} moet tekst zijn.`, en: (l) => `${l} must be text.` },
  isBoolean: { nl: (l) => `${l} moet waar of onwaar zijn.`, en: (l) => `${l} must be true or false.` },
  isInt: { nl: (l) => `${l} moet een geheel getal zijn.`, en: (l) => `${l} must be a whole number.` },
  isArray: { nl: (l) => `${l} moet een lijst zijn.`, en: (l) => `${l} must be a list.` },
  isEmail: {
    nl: (l) => `${l} is geen geldig e-mailadres.`,
    en: (l) => `${l} is not a valid e-mail address.`,
  },
  isUuid: { nl: (l) => `${l} is geen geldige id.`, en: (l) => `${l} is not a valid id.` },
  isIn: {
    nl: (l, a) => `${l} moet een van deze waarden zijn: ${list(a)}.`,
    en: (l, a) => `${l} must be one of: ${list(a)}.`,
  },
  isEnum: {
    nl: (l) => `${l} heeft een onbekende waarde.`,
    en: (l) => `${l} has an unknown value.`,
  },
  minLength: {
    nl: (l, a) => `${l} moet minstens ${String(a[0])} tekens bevatten.`,
    en: (l, a) => `${l} must be at least ${String(a[0])} characters long.`,
  },
  maxLength: {
    nl: (l, a) => `${l} mag hoogstens ${String(a[0])} tekens bevatten.`,
    en: (l, a) => `${l} must be at most ${String(a[0])} characters long.`,
  },
  min: {
    nl: (l, a) => `${l} moet minstens ${String(a[0])} zijn.`,
    en: (l, a) => `${l} must be at least ${String(a[0])}.`,
  },
  max: {
    nl: (l, a) => `${l} mag hoogstens ${String(a[0])} zijn.`,
    en: (l, a) => `${l} must be at most ${String(a[0])}.`,
  },
  arrayMinSize: {
    nl: (l, a) => `Kies minstens ${String(a[0])} bij ${l}.`,
    en: (l, a) => `Choose at least ${String(a[0])} for ${l}.`,
  },
  arrayMaxSize: {
    nl: (l, a) => `Kies hoogstens ${String(a[0])} bij ${l}.`,
    en: (l, a) => `Choose at most ${String(a[0])} for ${l}.`,
  },
  arrayUnique: { nl: (l) => `${l} bevat dubbele waarden.`, en: (l) => `${l} contains duplicates.` },
  isObject: { nl: (l) => `${l} moet een object zijn.`, en: (l) => `${l} must be an object.` },
  nestedValidation: { nl: (l) => `${l} moet een object zijn.`, en: (l) => `${l} must be an object.` },
  isStorableText: {
    nl: (l) => `${l} bevat een teken dat we niet kunnen opslaan (een nul-teken of een half teken).`,
    en: (l) => `${l} contains a character that cannot be stored (a NUL character or half a character).`,
  },
  matches: { nl: (l) => `${l} heeft niet de juiste vorm.`, en: (l) => `${l} has the wrong format.` },
  whitelistValidation: {
    nl: (l) => `${l} is geen bekend veld.`,
    en: (l) => `${l} is not a known field.`,
  },
};

function constraintArgs(target: object | undefined, property: string, type: string): unknown[] {
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === property && (m.name === type || m.type === type));
  return metadata?.constraints ?? [];
}

/** Flattens nested errors into one message per field and rule, in the caller's language. */
export function toFieldErrors(errors: ValidationError[], locale: Locale, parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([code, english]) => {
      const template = TEMPLATES[code]?.[locale];
      const message = template
        ? template(fieldLabel(field, locale), constraintArgs(error.target, error.property, code))
        : english;
      return { field, code, message };
    });
    return [...own, ...toFieldErrors(error.children ?? [], locale, field)];
  });
}
