import { PUBLICATION_KINDS, type PublicationKind } from '@app/workflow';
import { CodeField, TextField } from '../../common/fields.decorator';
import { CaseIdsField, LinkUrlField } from './publication-fields.decorator';

/** Cases one publication may be about at most. */
export const MAX_PUBLICATION_CASES = 20;

export class CreatePublicationDto {
  @CodeField(PUBLICATION_KINDS, {
    description:
      'interview; podcast (needs linkUrl); blikvanger (a short poster text, needs callToAction); newsletter (an item for the newsletter update)',
  })
  kind!: PublicationKind;

  @TextField({ description: 'The title', min: 3, max: 200 })
  title!: string;

  @TextField({ description: 'A short lead, shown in lists and the feed', max: 500, optional: true })
  summary?: string;

  @TextField({ description: 'The text (a Blikvanger: at most 600 characters)', min: 1, max: 20000 })
  body!: string;

  @LinkUrlField({ description: "A podcast's or interview's address (http or https); empty clears it" })
  linkUrl?: string;

  @TextField({
    description: "A Blikvanger's call to react; empty clears it",
    max: 300,
    optional: true,
  })
  callToAction?: string;

  @CaseIdsField({
    description: 'The cases it is about (in sharing or later)',
    maxSize: MAX_PUBLICATION_CASES,
  })
  caseIds!: string[];
}
