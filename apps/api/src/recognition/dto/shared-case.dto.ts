import { ApiProperty } from '@nestjs/swagger';
import { CASE_STEPS, DOMAINS, ORGANISATION_TYPES } from '@app/workflow';
import type { CaseStep, Domain, OrganisationType } from '@app/workflow';
import { CodeField, TextField } from '../../common/fields.decorator';

/** A case the network shares (sharing or later, with a title an adviser gave it). */
export class SharedCaseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  reference!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: DOMAINS, isArray: true })
  domains!: Domain[];

  @ApiProperty({ enum: CASE_STEPS })
  step!: CaseStep;

  @ApiProperty({ description: 'Members who said "I recognise this"' })
  recognisedBy!: number;

  @ApiProperty({ description: 'You said "I recognise this"' })
  recognisedByMe!: boolean;
}

/** "I recognise this", with where you stand (taken from your profile when left out). */
export class EndorseCaseDto {
  @CodeField(DOMAINS, { description: 'Your domain', optional: true })
  domain?: Domain;

  @TextField({ description: 'Your municipality or region', max: 100, optional: true })
  region?: string;

  @CodeField(ORGANISATION_TYPES, { description: 'The kind of organisation you work for', optional: true })
  organisationType?: OrganisationType;
}
