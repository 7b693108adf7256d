import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CHANNELS,
  DOMAINS,
  HANDLING_OPTIONS,
  SIGNAL_KINDS,
  SIGNAL_STEPS,
  SUBMITTER_ROLES,
  type Channel,
  type Domain,
  type HandlingOption,
  type SignalKind,
  type SignalStep,
  type SubmitterRole,
} from '@app/workflow';
import { HistoryEntryDto } from '../../common/dto/history-entry.dto';

export class SimilarSuggestionDto {
  @ApiProperty({ format: 'uuid' })
  signalId!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  caseId!: string | null;

  @ApiProperty({ minimum: 0, maximum: 1 })
  score!: number;
}

export class PersonalDataFindingDto {
  @ApiProperty({ enum: ['email', 'phone', 'bsn', 'postcode_house_number', 'date_of_birth'] })
  kind!: string;

  @ApiProperty({ enum: ['title', 'description'] })
  field!: string;

  @ApiProperty()
  start!: number;

  @ApiProperty()
  end!: number;
}

export class TriageSuggestionsDto {
  @ApiProperty({ type: [SimilarSuggestionDto] })
  similar!: SimilarSuggestionDto[];

  @ApiProperty({ enum: DOMAINS, isArray: true })
  domains!: Domain[];

  @ApiPropertyOptional({ enum: HANDLING_OPTIONS, nullable: true })
  handlingOption!: HandlingOption | null;

  @ApiProperty({ type: [PersonalDataFindingDto] })
  personalData!: PersonalDataFindingDto[];
}

export class SignalSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  reference!: string;

  @ApiProperty({ enum: SIGNAL_KINDS })
  kind!: SignalKind;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: DOMAINS, isArray: true })
  domains!: Domain[];

  @ApiPropertyOptional({ type: String, nullable: true })
  region!: string | null;

  @ApiProperty({ enum: CHANNELS })
  channel!: Channel;

  @ApiProperty({ enum: SIGNAL_STEPS })
  step!: SignalStep;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  caseId!: string | null;

  @ApiProperty({ description: 'Whether the triage job has stored its suggestions' })
  hasSuggestions!: boolean;

  @ApiProperty()
  createdAt!: Date;
}

export class SignalPageDto {
  @ApiProperty({ type: [SignalSummaryDto] })
  items!: SignalSummaryDto[];

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Pass as `cursor` for the next page' })
  nextCursor!: string | null;
}

export class ConsentViewDto {
  @ApiProperty()
  contact!: boolean;

  @ApiProperty()
  publication!: boolean;
}

export class SignalDetailDto extends SignalSummaryDto {
  @ApiProperty()
  description!: string;

  @ApiPropertyOptional({ enum: SUBMITTER_ROLES, nullable: true })
  submitterRole!: SubmitterRole | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  organisation!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  email!: string | null;

  @ApiProperty({ type: ConsentViewDto })
  consent!: ConsentViewDto;

  @ApiProperty({ enum: ['nl', 'en'] })
  locale!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  callId!: string | null;

  @ApiProperty({ description: 'Pass as expectedVersion when deciding on the signal' })
  version!: number;

  @ApiPropertyOptional({ type: TriageSuggestionsDto, nullable: true })
  suggestions!: TriageSuggestionsDto | null;

  @ApiProperty({ type: [HistoryEntryDto] })
  history!: HistoryEntryDto[];
}
