// Field decorators of the publication DTOs that fields.decorator.ts has no equivalent for; like those,
// each declares validation and the OpenAPI schema together.
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { IsStorableText } from '../../common/storable-text';

const absent = ValidateIf((_object: object, value: unknown) => value !== undefined);

/** The cases a publication is about: one or more ids, each once. */
export function CaseIdsField(options: { description: string; optional?: boolean; maxSize: number }) {
  const schema = {
    description: options.description,
    type: String,
    format: 'uuid',
    isArray: true,
    minItems: 1,
    maxItems: options.maxSize,
    uniqueItems: true,
  };
  return applyDecorators(
    options.optional ? ApiPropertyOptional(schema) : ApiProperty(schema),
    ...(options.optional ? [absent] : []),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(options.maxSize),
    ArrayUnique(),
    IsUUID('all', { each: true }),
  );
}

/** An http(s) address; an empty text clears it. */
export function LinkUrlField(options: { description: string }) {
  return applyDecorators(
    ApiPropertyOptional({
      description: options.description,
      type: String,
      format: 'uri',
      maxLength: 500,
      pattern: '^(https?://\\S+)?$',
    }),
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value)),
    absent,
    IsString(),
    IsStorableText(),
    MaxLength(500),
    Matches(/^(?:https?:\/\/[^\s/?#]+\S*)?$/i),
  );
}
