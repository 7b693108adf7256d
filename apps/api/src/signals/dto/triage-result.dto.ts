import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SIGNAL_STEPS, type SignalStep } from '@app/workflow';

export class TriageResultDto {
  @ApiProperty({ format: 'uuid' })
  signalId!: string;

  @ApiProperty({ enum: SIGNAL_STEPS })
  step!: SignalStep;

  @ApiProperty()
  version!: number;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  caseId!: string | null;
}
