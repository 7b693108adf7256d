import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_STEPS, type CaseStep } from '@app/workflow';
import { ANALYSIS_PROGRESS, type AnalysisProgress } from '../../cases/dto/case-view.dto';

/** A case I am asked to analyse, with where my analysis stands. */
export class MyAssignmentDto {
  @ApiProperty({ format: 'uuid' })
  assignmentId!: string;

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ example: 'KP-2026-000012' })
  reference!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: CASE_STEPS })
  step!: CaseStep;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  dueOn!: string | null;

  @ApiProperty({ enum: ANALYSIS_PROGRESS })
  analysisStatus!: AnalysisProgress;

  @ApiProperty({ description: 'Past the due date (Dutch time) and not submitted' })
  overdue!: boolean;
}
