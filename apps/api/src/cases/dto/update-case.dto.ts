import { DOMAINS, HANDLING_OPTIONS, type Domain, type HandlingOption } from '@app/workflow';
import { CodeField, CodeListField, IntField, TextField } from '../../common/fields.decorator';

export class UpdateCaseDto {
  @TextField({ description: 'Title of the case', min: 5, max: 200, optional: true })
  title?: string;

  @TextField({ description: 'The bottleneck in a few sentences', max: 10_000, optional: true })
  summary?: string;

  @CodeListField(DOMAINS, { description: 'Domains', minSize: 1, maxSize: DOMAINS.length, optional: true })
  domains?: Domain[];

  @CodeField(HANDLING_OPTIONS, { description: 'The handling option (instrumentenkoffer)', optional: true })
  handlingOption?: HandlingOption;

  @IntField({
    description: 'The case version you saw (409 when it changed meanwhile)',
    min: 1,
    max: 2_147_483_647,
  })
  expectedVersion!: number;
}
