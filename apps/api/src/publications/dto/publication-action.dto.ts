import { IntField, TextField } from '../../common/fields.decorator';

/** A status change names the version the caller read, so what is published is what they reviewed. */
export class PublicationActionDto {
  @IntField({
    description: 'The version you last saw; another version is a conflict (409)',
    min: 1,
    max: 1e9,
  })
  expectedVersion!: number;
}

export class AcceptFindingDto {
  @TextField({
    description: 'Why this may be published as it is (e.g. "a public figure, named with consent")',
    min: 5,
    max: 1000,
  })
  reason!: string;
}
