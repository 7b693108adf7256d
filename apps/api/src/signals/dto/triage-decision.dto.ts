import { IntField, TextField, UuidField } from '../../common/fields.decorator';

export class LinkSignalDto {
  @UuidField({ description: 'The existing case (knelpunt) this signal belongs to' })
  caseId!: string;

  @IntField({ description: 'The signal version you saw', min: 1, max: 2_147_483_647, optional: true })
  expectedVersion?: number;
}

export class OpenCaseDto {
  @TextField({
    description: 'Title of the new case; defaults to the signal title',
    min: 5,
    max: 200,
    optional: true,
  })
  title?: string;

  @IntField({ description: 'The signal version you saw', min: 1, max: 2_147_483_647, optional: true })
  expectedVersion?: number;
}

export class ArchiveSignalDto {
  @TextField({ description: 'Why it is archived (e.g. not a bottleneck, out of scope)', min: 3, max: 2000 })
  reason!: string;

  @IntField({ description: 'The signal version you saw', min: 1, max: 2_147_483_647, optional: true })
  expectedVersion?: number;
}
