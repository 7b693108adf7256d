import { BooleanField, TextField } from '../../common/fields.decorator';

export class CreateThemeDto {
  @TextField({ description: 'The name of the theme (unique)', min: 2, max: 200 })
  name!: string;

  @TextField({ description: 'What the theme is about', max: 5000, optional: true })
  description?: string;

  @TextField({ description: 'The national route that works on it', max: 200, optional: true })
  nationalRoute?: string;

  @BooleanField({ description: 'Open for cases (default true)', optional: true })
  active?: boolean;
}
