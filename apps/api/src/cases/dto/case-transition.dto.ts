import { CASE_STEPS, HANDLING_OPTIONS, type CaseStep, type HandlingOption } from '@app/workflow';
import { CodeField, IntField, TextField } from '../../common/fields.decorator';

export class CaseTransitionDto {
  @CodeField(CASE_STEPS, { description: 'The step to move the case to' })
  to!: CaseStep;

  @TextField({
    description: 'Why; required for archive, reopen and the shortcut to agenda',
    max: 2000,
    optional: true,
  })
  reason?: string;

  @IntField({
    description: 'The case version you saw (409 when it changed meanwhile)',
    min: 1,
    max: 2_147_483_647,
  })
  expectedVersion!: number;

  @CodeField(HANDLING_OPTIONS, {
    description: 'Choose the handling option together with this step',
    optional: true,
  })
  handlingOption?: HandlingOption;
}
