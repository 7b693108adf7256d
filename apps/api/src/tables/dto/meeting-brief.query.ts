import { CodeField, UuidField } from '../../common/fields.decorator';

export const BRIEF_FORMATS = ['html', 'pdf'] as const;
export type BriefFormat = (typeof BRIEF_FORMATS)[number];

export class MeetingBriefQuery {
  @CodeField(BRIEF_FORMATS, { description: 'html (default) or pdf', optional: true })
  format?: BriefFormat;

  @UuidField({ description: 'Only the cases of this theme (opgave)', optional: true })
  themeId?: string;
}
