import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';

/** Validation and schema together, as in fields.decorator.ts: a list of distinct user ids. */
export class SetTableLiaisonsDto {
  @ApiProperty({
    description: 'Every liaison of the table (replaces the list); each must be an active liaison account',
    type: String,
    format: 'uuid',
    isArray: true,
    maxItems: 50,
    uniqueItems: true,
  })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  userIds!: string[];
}
