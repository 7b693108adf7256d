import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ANALYSIS_STATUSES,
  CASE_STEPS,
  DOMAINS,
  HANDLING_OPTIONS,
  type AnalysisStatus,
  type CaseStep,
  type Domain,
  type HandlingOption,
} from '@app/workflow';
import {
  ANALYSIS_PROGRESS,
  ASSIGNMENT_KINDS,
  type AnalysisProgress,
  type AssignmentKind,
} from '../../cases/dto/case-view.dto';

export class CauseAreaFindingViewDto {
  @ApiPropertyOptional({ type: Boolean, nullable: true })
  playsRole!: boolean | null;

  @ApiProperty()
  explanation!: string;
}

export class CauseAreasViewDto {
  @ApiProperty({ type: CauseAreaFindingViewDto })
  legislation!: CauseAreaFindingViewDto;

  @ApiProperty({ type: CauseAreaFindingViewDto })
  steering_accountability!: CauseAreaFindingViewDto;

  @ApiProperty({ type: CauseAreaFindingViewDto })
  funding!: CauseAreaFindingViewDto;

  @ApiProperty({ type: CauseAreaFindingViewDto })
  decision_making!: CauseAreaFindingViewDto;

  @ApiProperty({ type: CauseAreaFindingViewDto })
  communication!: CauseAreaFindingViewDto;
}

/** What an analysis says. */
export class AnalysisContentDto {
  @ApiProperty({ type: CauseAreasViewDto })
  causeAreas!: CauseAreasViewDto;

  @ApiProperty()
  rootCauseSummary!: string;

  @ApiProperty()
  recommendations!: string;

  @ApiPropertyOptional({ enum: HANDLING_OPTIONS, nullable: true })
  proposedHandlingOption!: HandlingOption | null;
}

export class AnalysisVersionDto {
  @ApiProperty()
  version!: number;

  @ApiProperty({ enum: ANALYSIS_STATUSES })
  status!: AnalysisStatus;

  @ApiProperty()
  savedAt!: Date;
}

/** The analysis of one assignment: an empty draft (status none, version 0) before the first save. */
export class AnalysisDto extends AnalysisContentDto {
  @ApiProperty({ enum: ANALYSIS_PROGRESS })
  status!: AnalysisProgress;

  @ApiProperty({ description: 'Pass as expectedVersion when saving; 0 before the first save' })
  version!: number;

  @ApiPropertyOptional({ type: Date, nullable: true })
  submittedAt!: Date | null;

  @ApiPropertyOptional({ type: Date, nullable: true })
  updatedAt!: Date | null;

  @ApiProperty({ type: [AnalysisVersionDto], description: 'Every save, oldest first' })
  versions!: AnalysisVersionDto[];
}

/** A linked signal as the expert reads it: what it says, never who sent it. */
export class AnalysisSignalDto {
  @ApiProperty()
  title!: string;

  @ApiProperty()
  description!: string;
}

export class AnalysisCaseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  reference!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  summary!: string;

  @ApiProperty({ enum: DOMAINS, isArray: true })
  domains!: Domain[];

  @ApiProperty({ enum: CASE_STEPS })
  step!: CaseStep;

  @ApiProperty({ type: [AnalysisSignalDto] })
  signals!: AnalysisSignalDto[];
}

export class AnalysisAssignmentDto {
  @ApiProperty({ format: 'uuid' })
  assignmentId!: string;

  @ApiProperty({ enum: ASSIGNMENT_KINDS })
  kind!: AssignmentKind;

  @ApiProperty({ description: "The expert's name" })
  displayName!: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  dueOn!: string | null;

  @ApiProperty()
  overdue!: boolean;
}

/** Everything an expert needs to write the analysis: the assignment, the case (without submitters) and the analysis. */
export class AnalysisWorkspaceDto {
  @ApiProperty({ type: AnalysisAssignmentDto })
  assignment!: AnalysisAssignmentDto;

  @ApiProperty({ type: AnalysisCaseDto })
  case!: AnalysisCaseDto;

  @ApiProperty({ type: AnalysisDto })
  analysis!: AnalysisDto;

  @ApiProperty({ description: 'True when the caller may save now (their own analysis, case in deepening)' })
  editable!: boolean;
}
