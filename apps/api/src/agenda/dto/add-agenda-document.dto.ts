import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, IsUrl, MaxLength } from 'class-validator';
import { TextField } from '../../common/fields.decorator';
import { IsStorableText } from '../../common/storable-text';

export class AddAgendaDocumentDto {
  @TextField({ description: 'What the document is, e.g. "Verslag OZK-tafel 10 december"', max: 200 })
  title!: string;

  // Validation and schema together: only absolute http(s) links, never javascript: or data:.
  @ApiProperty({ description: 'Where the document is (http or https)', format: 'uri', maxLength: 500 })
  @IsNotEmpty()
  @IsString()
  @IsStorableText()
  @MaxLength(500)
  @IsUrl({
    protocols: ['http', 'https'],
    require_protocol: true,
    require_valid_protocol: true,
    require_tld: false,
  })
  url!: string;
}
