import { ThemeRefDto } from '../../agenda/dto/case-theme.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASE_STEPS,
  DOMAINS,
  HANDLING_OPTIONS,
  SIGNAL_STEPS,
  type CaseStep,
  type Domain,
  type HandlingOption,
} from '@app/workflow';
import { HistoryEntryDto } from '../../common/dto/history-entry.dto';

export class CaseSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'KP-2026-000012' })
  reference!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: DOMAINS, isArray: true })
  domains!: Domain[];

  @ApiProperty({ enum: CASE_STEPS })
  step!: CaseStep;

  @ApiPropertyOptional({ enum: HANDLING_OPTIONS, nullable: true })
  handlingOption!: HandlingOption | null;

  @ApiProperty({ description: 'Pass as expectedVersion when changing the case' })
  version!: number;

  @ApiProperty()
  signalCount!: number;

  @ApiProperty()
  createdAt!: Date;

  @ApiProperty()
  updatedAt!: Date;
}

export class CasePageDto {
  @ApiProperty({ type: [CaseSummaryDto] })
  items!: CaseSummaryDto[];

  @ApiPropertyOptional({ type: String, nullable: true })
  nextCursor!: string | null;
}

export class GuardFailureDto {
  @ApiProperty()
  guard!: string;

  @ApiProperty()
  reason!: string;
}

export class AllowedTransitionDto {
  @ApiProperty({ enum: CASE_STEPS })
  to!: CaseStep;

  @ApiProperty({ description: 'What the button says (a label key)' })
  action!: string;

  @ApiProperty()
  reasonRequired!: boolean;

  @ApiProperty({ type: [GuardFailureDto], description: 'Empty when the step can be taken now' })
  blockedBy!: GuardFailureDto[];
}

export class CaseSignalDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  reference!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: SIGNAL_STEPS })
  step!: string;

  @ApiProperty()
  linkedAt!: Date;
}

export const ASSIGNMENT_KINDS = ['staff', 'external'] as const;
export type AssignmentKind = (typeof ASSIGNMENT_KINDS)[number];

/** Where an expert's analysis stands: not started, saved as a draft, or submitted. */
export const ANALYSIS_PROGRESS = ['none', 'draft', 'submitted'] as const;
export type AnalysisProgress = (typeof ANALYSIS_PROGRESS)[number];

/** An expert on the case: who, by when and how far; never how to reach them. */
export class AssignedExpertDto {
  @ApiProperty({ format: 'uuid' })
  assignmentId!: string;

  @ApiProperty({
    enum: ASSIGNMENT_KINDS,
    description: 'staff: signs in; external: works through a private link',
  })
  kind!: AssignmentKind;

  @ApiProperty({ description: "A staff expert's display name, or an external expert's name" })
  displayName!: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'When the analysis is due',
  })
  dueOn!: string | null;

  @ApiProperty({ enum: ANALYSIS_PROGRESS })
  analysisStatus!: AnalysisProgress;

  @ApiPropertyOptional({ type: Date, nullable: true })
  submittedAt!: Date | null;

  @ApiProperty({ description: 'Past the due date (Dutch time) and not submitted' })
  overdue!: boolean;
}

/** Names no submitter (no e-mail address, organisation or name), whoever reads it. */
export class CaseDetailDto extends CaseSummaryDto {
  @ApiProperty()
  summary!: string;

  @ApiProperty({ type: ThemeRefDto, nullable: true, description: 'The theme (opgave) the case belongs to' })
  theme!: ThemeRefDto | null;

  @ApiProperty({ type: [CaseSignalDto], description: 'The linked signals, without who submitted them' })
  signals!: CaseSignalDto[];

  @ApiProperty({ type: [AssignedExpertDto], description: 'The experts assigned to analyse this case' })
  experts!: AssignedExpertDto[];

  @ApiProperty({ type: [HistoryEntryDto] })
  history!: HistoryEntryDto[];

  @ApiProperty({ type: [AllowedTransitionDto], description: 'The next steps you may take' })
  allowedTransitions!: AllowedTransitionDto[];
}
