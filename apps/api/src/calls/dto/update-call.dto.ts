import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { CreateCallDto } from './create-call.dto';
import { OmitType } from '@nestjs/swagger';

/** A draft may change anything but its kind and case; a published call only its close date and listing. */
export class UpdateCallDto extends PartialType(OmitType(CreateCallDto, ['kind', 'caseId'] as const)) {
  @ApiProperty({ description: 'The version you last saw; another version is a conflict (409)' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}
