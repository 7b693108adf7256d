import {
  CASE_STEPS,
  DOMAINS,
  HANDLING_OPTIONS,
  type CaseStep,
  type Domain,
  type HandlingOption,
} from '@app/workflow';
import { CodeField, IntField, TextField } from '../../common/fields.decorator';

export class ListCasesQuery {
  @CodeField(CASE_STEPS, { description: 'Only cases in this step', optional: true })
  step?: CaseStep;

  @CodeField(DOMAINS, { description: 'Only cases about this domain', optional: true })
  domain?: Domain;

  @CodeField(HANDLING_OPTIONS, { description: 'Only cases with this handling option', optional: true })
  handlingOption?: HandlingOption;

  @TextField({
    description:
      'Only cases with a signal from this municipality or region (exact, e.g. Utrecht or landelijk)',
    max: 100,
    optional: true,
  })
  region?: string;

  @TextField({ description: 'Search in the case title', max: 200, optional: true })
  q?: string;

  @TextField({ description: 'From the previous page', max: 200, optional: true })
  cursor?: string;

  @IntField({ description: 'Page size (default 25)', min: 1, max: 100, optional: true })
  limit?: number;
}
