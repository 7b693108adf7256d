import { BooleanField, TextField } from '../../common/fields.decorator';

/** Only the fields sent change. */
export class UpdateThemeDto {
  @TextField({ description: 'The name of the theme (unique)', min: 2, max: 200, optional: true })
  name?: string;

  @TextField({ description: 'What the theme is about', max: 5000, optional: true })
  description?: string;

  @TextField({ description: 'The national route that works on it', max: 200, optional: true })
  nationalRoute?: string;

  @BooleanField({ description: 'Open for cases', optional: true })
  active?: boolean;
}
