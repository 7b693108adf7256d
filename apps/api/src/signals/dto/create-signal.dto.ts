import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, ValidateNested } from 'class-validator';
import {
  CHANNELS,
  DOMAINS,
  SIGNAL_KINDS,
  SUBMITTER_ROLES,
  type Channel,
  type Domain,
  type SignalKind,
  type SubmitterRole,
} from '@app/workflow';
import {
  BooleanField,
  CodeField,
  CodeListField,
  EmailField,
  TextField,
  UuidField,
} from '../../common/fields.decorator';

export class ConsentDto {
  @BooleanField({ description: 'May the network contact the submitter (e.g. to report back)?' })
  contact!: boolean;

  @BooleanField({ description: 'May the text be quoted, anonymised, in what the network shares?' })
  publication!: boolean;
}

/** A public submission: a bottleneck, or a good example of what does work. */
export class CreateSignalDto {
  @TextField({
    description: 'A short title of the bottleneck',
    min: 5,
    max: 200,
    example: 'Peutergroep in de school ging niet door',
  })
  title!: string;

  @TextField({ description: 'What happened, and where do you get stuck?', min: 20, max: 10_000 })
  description!: string;

  @CodeField(SIGNAL_KINDS, { description: 'bottleneck (default) or good_practice', optional: true })
  kind?: SignalKind;

  @CodeListField(DOMAINS, { description: 'The domains it concerns', minSize: 1, maxSize: DOMAINS.length })
  domains!: Domain[];

  @TextField({
    description: 'Municipality or region, or "landelijk"',
    max: 100,
    optional: true,
    example: 'Utrecht',
  })
  region?: string;

  @CodeField(SUBMITTER_ROLES, { description: "The submitter's role", optional: true })
  submitterRole?: SubmitterRole;

  @TextField({ description: 'Organisation of the submitter', max: 200, optional: true })
  organisation?: string;

  @CodeField(CHANNELS, { description: 'How the signal reached us (default website)', optional: true })
  channel?: Channel;

  @EmailField({ description: 'Needed to hear back; only used with consent to contact', optional: true })
  email?: string;

  @ApiPropertyOptional({ type: ConsentDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ConsentDto)
  consent?: ConsentDto;

  @UuidField({ description: 'The call (oproep) this signal answers', optional: true })
  callId?: string;
}
