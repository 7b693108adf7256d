import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, Max, Min } from 'class-validator';
import { IntField } from '../../common/fields.decorator';

/** The admin's thresholds for the recognition recommendation. */
export class UpdateRecognitionThresholdsDto {
  @IntField({ description: 'Fewer respondents can never be "broadly recognised"', min: 1, max: 10_000 })
  minRespondents!: number;

  @ApiProperty({ minimum: 0, maximum: 1, description: 'Share recognising needed for "broad"' })
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  broadShare!: number;

  @IntField({ description: 'Distinct domains recognising it, for "broad"', min: 1, max: 6 })
  broadMinDomains!: number;

  @IntField({ description: 'Distinct regions recognising it, for "broad"', min: 1, max: 1000 })
  broadMinRegions!: number;

  @ApiProperty({ minimum: 0, maximum: 1, description: 'Share recognising needed for "partly"' })
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  partialShare!: number;
}

export class DeepeningRemindersDto {
  @ApiProperty({ minimum: 0, maximum: 60, description: 'Days before the due date the expert is reminded' })
  @IsInt()
  @Min(0)
  @Max(60)
  daysBefore!: number;
}
