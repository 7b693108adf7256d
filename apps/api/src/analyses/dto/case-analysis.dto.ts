import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ANALYSIS_STATUSES, type AnalysisStatus } from '@app/workflow';
import { ASSIGNMENT_KINDS, type AssignmentKind } from '../../cases/dto/case-view.dto';
import { AnalysisContentDto } from './analysis-view.dto';

/** One expert's analysis of a case, as the case shows it. */
export class CaseAnalysisDto extends AnalysisContentDto {
  @ApiProperty({ format: 'uuid' })
  analysisId!: string;

  @ApiProperty({ format: 'uuid' })
  assignmentId!: string;

  @ApiProperty({ enum: ASSIGNMENT_KINDS })
  authorKind!: AssignmentKind;

  @ApiProperty({ description: "The expert's display name, or an external expert's name" })
  authorName!: string;

  @ApiProperty({ enum: ANALYSIS_STATUSES })
  status!: AnalysisStatus;

  @ApiProperty()
  version!: number;

  @ApiPropertyOptional({ type: Date, nullable: true })
  submittedAt!: Date | null;

  @ApiProperty()
  updatedAt!: Date;
}
