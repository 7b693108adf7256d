// Fields that must be sent but may be null, meaning "not decided yet" (a draft's open answers). Unlike
// the optional fields in fields.decorator.ts, leaving them out is refused, so a client cannot forget one.
import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsDefined, IsIn, ValidateIf } from 'class-validator';

const unlessNull = ValidateIf((_object: object, value: unknown) => value !== null);

export function NullableBooleanField(options: { description: string }): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ description: options.description, type: Boolean, nullable: true }),
    unlessNull,
    IsDefined(),
    IsBoolean(),
  );
}

export function NullableCodeField(
  values: readonly string[],
  options: { description: string },
): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ description: options.description, enum: values, type: String, nullable: true }),
    unlessNull,
    IsDefined(),
    IsIn(values),
  );
}
