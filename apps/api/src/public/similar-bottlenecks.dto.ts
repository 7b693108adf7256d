import { ApiProperty } from '@nestjs/swagger';
import { CASE_STEPS, DOMAINS, type CaseStep, type Domain } from '@app/workflow';
import { CodeListField, TextField } from '../common/fields.decorator';

export class SimilarBottlenecksQueryDto {
  @TextField({ description: 'The title typed so far', max: 200 })
  title!: string;

  @TextField({ description: 'The description typed so far', max: 10_000, optional: true })
  description?: string;

  @CodeListField(DOMAINS, {
    description: 'Domains chosen so far',
    minSize: 0,
    maxSize: DOMAINS.length,
    optional: true,
  })
  domains?: Domain[];
}

export class SharedBottleneckDto {
  @ApiProperty({ example: 'KP-2026-000012' })
  reference!: string;

  @ApiProperty({ description: 'The title the network gave the bottleneck (never a submitter’s text)' })
  title!: string;

  @ApiProperty({ enum: CASE_STEPS })
  step!: CaseStep;

  @ApiProperty({ minimum: 0, maximum: 1 })
  score!: number;
}
