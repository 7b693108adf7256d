import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, ValidateNested } from 'class-validator';
import { HANDLING_OPTIONS, type HandlingOption } from '@app/workflow';
import { BooleanField, IntField, TextField } from '../../common/fields.decorator';
import { NullableBooleanField, NullableCodeField } from '../../common/nullable-fields.decorator';

export class CauseAreaFindingDto {
  @NullableBooleanField({ description: 'Does this cause area play a role? null while not decided' })
  playsRole!: boolean | null;

  @TextField({ description: 'Why; required on submit where it plays a role', max: 5000, optional: true })
  explanation?: string;
}

/** Every cause area must be sent (a draft sends null where the expert has not decided yet). */
function Finding(description: string): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: CauseAreaFindingDto, description }),
    IsDefined(),
    IsObject(),
    ValidateNested(),
    Type(() => CauseAreaFindingDto),
  );
}

export class CauseAreasDto {
  @Finding('Legislation, including room in the law that is unknown or unused')
  legislation!: CauseAreaFindingDto;

  @Finding('Steering and accountability')
  steering_accountability!: CauseAreaFindingDto;

  @Finding('Funding')
  funding!: CauseAreaFindingDto;

  @Finding('Decision-making and organisation')
  decision_making!: CauseAreaFindingDto;

  @Finding('Communication')
  communication!: CauseAreaFindingDto;
}

/** A save of an expert's analysis: a draft (`submit: false`) or a submission (`submit: true`). */
export class SaveAnalysisDto {
  @ApiProperty({ type: CauseAreasDto, description: 'A finding for each of the five cause areas' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => CauseAreasDto)
  causeAreas!: CauseAreasDto;

  @TextField({
    description: 'The underlying cause in a few sentences; required on submit',
    max: 10_000,
    optional: true,
  })
  rootCauseSummary?: string;

  @TextField({ description: 'What would help', max: 10_000, optional: true })
  recommendations?: string;

  @NullableCodeField(HANDLING_OPTIONS, {
    description: 'The handling option the expert proposes; required on submit',
  })
  proposedHandlingOption!: HandlingOption | null;

  @BooleanField({ description: 'true submits (all required fields filled); false saves a draft' })
  submit!: boolean;

  @IntField({
    description: 'The analysis version you saw (0 before the first save); 409 when it changed meanwhile',
    min: 0,
    max: 2_147_483_647,
    optional: true,
  })
  expectedVersion?: number;
}
