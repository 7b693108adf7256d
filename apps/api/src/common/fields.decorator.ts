// Field decorators that declare validation and the OpenAPI schema together, so they cannot drift.
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
  IsISO8601,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  Matches,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { IsStorableText } from './storable-text';

interface Common {
  description: string;
  optional?: boolean;
  example?: unknown;
}

function property(common: Common, schema: Record<string, unknown>): PropertyDecorator {
  const options = { description: common.description, example: common.example, ...schema };
  return common.optional ? ApiPropertyOptional(options) : ApiProperty(options);
}

/** An optional field may be left out, but not sent as null: null is validated (and refused) like any value. */
const absent = ValidateIf((_object: object, value: unknown) => value !== undefined);

function presence(optional?: boolean): PropertyDecorator[] {
  return optional ? [absent] : [IsNotEmpty()];
}

const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Text; trimmed unless `trim: false` (passwords keep their spaces). */
export function TextField(
  options: Common & { max: number; min?: number; trim?: boolean },
): PropertyDecorator {
  return applyDecorators(
    property(options, { type: String, maxLength: options.max, minLength: options.min }),
    ...(options.trim === false ? [] : [trim]),
    ...presence(options.optional),
    IsString(),
    IsStorableText(),
    MaxLength(options.max),
    ...(options.min ? [MinLength(options.min)] : []),
  );
}

export function CodeField(values: readonly string[], options: Common): PropertyDecorator {
  return applyDecorators(
    property(options, { enum: values, type: String }),
    ...presence(options.optional),
    IsIn(values),
  );
}

export function CodeListField(
  values: readonly string[],
  options: Common & { minSize: number; maxSize: number },
): PropertyDecorator {
  return applyDecorators(
    property(options, {
      enum: values,
      isArray: true,
      minItems: options.minSize,
      maxItems: options.maxSize,
      uniqueItems: true,
    }),
    ...(options.optional ? [absent] : []),
    IsArray(),
    ArrayMinSize(options.minSize),
    ArrayMaxSize(options.maxSize),
    ArrayUnique(),
    IsIn(values, { each: true }),
  );
}

export function EmailField(options: Common): PropertyDecorator {
  return applyDecorators(
    property(options, { type: String, format: 'email', maxLength: 254 }),
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? value.trim().toLowerCase() : value,
    ),
    ...presence(options.optional),
    IsString(),
    IsStorableText(),
    MaxLength(254),
    IsEmail({ allow_display_name: false, require_tld: true }),
  );
}

export function BooleanField(options: Common): PropertyDecorator {
  return applyDecorators(property(options, { type: Boolean }), ...presence(options.optional), IsBoolean());
}

export function UuidField(options: Common): PropertyDecorator {
  return applyDecorators(
    property(options, { type: String, format: 'uuid' }),
    ...presence(options.optional),
    IsUUID('all'),
  );
}

/** A whole number; query strings arrive as text, so it is converted first. */
export function IntField(options: Common & { min: number; max: number }): PropertyDecorator {
  return applyDecorators(
    property(options, { type: Number, minimum: options.min, maximum: options.max }),
    Type(() => Number),
    ...presence(options.optional),
    IsInt(),
    Min(options.min),
    Max(options.max),
  );
}

/** A moment with its offset, e.g. `2026-12-01T17:00:00+01:00`; converted to a Date after validation. */
export function DateTimeField(options: Common): PropertyDecorator {
  return applyDecorators(
    property(options, { type: String, format: 'date-time' }),
    ...presence(options.optional),
    IsISO8601({ strict: true, strictSeparator: true }),
  );
}

/** A calendar date, `YYYY-MM-DD`. */
export function DateField(options: Common): PropertyDecorator {
  return applyDecorators(
    property(options, { type: String, format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
    ...presence(options.optional),
    IsDateString({ strict: true }),
    Matches(/^\d{4}-\d{2}-\d{2}$/),
  );
}

/** A list of short texts (e.g. regions), each trimmed and non-empty. */
export function TextListField(options: Common & { max: number; maxSize: number }): PropertyDecorator {
  return applyDecorators(
    property(options, { type: String, isArray: true, maxItems: options.maxSize }),
    Transform(({ value }: { value: unknown }) =>
      Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)) : value,
    ),
    ...(options.optional ? [absent] : []),
    IsArray(),
    ArrayMaxSize(options.maxSize),
    IsString({ each: true }),
    IsStorableText({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(options.max, { each: true }),
  );
}
