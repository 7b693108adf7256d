import { PartialType } from '@nestjs/swagger';
import { IntField } from '../../common/fields.decorator';
import { CreatePublicationDto } from './create-publication.dto';

/** Any field may change while the publication is a draft or in review; every edit is checked again. */
export class UpdatePublicationDto extends PartialType(CreatePublicationDto) {
  @IntField({
    description: 'The version you last saw; another version is a conflict (409)',
    min: 1,
    max: 1e9,
  })
  expectedVersion!: number;
}
