import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { DOMAINS, type Domain } from '@app/workflow';
import { BooleanField, CodeListField, TextListField } from '../../common/fields.decorator';

/** Query strings give one value or several; both become a list. */
const asList = Transform(({ value }: { value: unknown }) =>
  value === undefined ? undefined : Array.isArray(value) ? value : [value],
);

export class AudienceSizeQueryDto {
  @asList
  @CodeListField(DOMAINS, {
    description: 'Members in any of these domains',
    minSize: 0,
    maxSize: DOMAINS.length,
    optional: true,
  })
  domains?: Domain[];

  @asList
  @TextListField({ description: 'Members in any of these regions', max: 100, maxSize: 50, optional: true })
  regions?: string[];

  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @BooleanField({ description: 'Every member', optional: true })
  everyone?: boolean;
}

export class AudienceSizeDto {
  @ApiProperty({ description: 'Active members the audience holds now' })
  size!: number;
}
