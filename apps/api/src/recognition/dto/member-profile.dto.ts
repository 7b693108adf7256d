import { ApiProperty } from '@nestjs/swagger';
import { DOMAINS, ORGANISATION_TYPES, type Domain, type OrganisationType } from '@app/workflow';
import { CodeField, CodeListField, TextField } from '../../common/fields.decorator';

/** A member's profile: which targeted calls reach them, and what their answers prefill. */
export class UpdateMemberProfileDto {
  @CodeListField(DOMAINS, { description: 'The domains you work in', minSize: 0, maxSize: DOMAINS.length })
  domains!: Domain[];

  @TextField({ description: 'Municipality or region, or landelijk', max: 100, optional: true })
  region?: string;

  @CodeField(ORGANISATION_TYPES, { description: 'The kind of organisation you work for', optional: true })
  organisationType?: OrganisationType;

  @TextField({ description: 'Your organisation', max: 200, optional: true })
  organisation?: string;
}

export class MemberProfileDto {
  @ApiProperty({ enum: DOMAINS, isArray: true })
  domains!: Domain[];

  @ApiProperty({ type: String, nullable: true })
  region!: string | null;

  @ApiProperty({ enum: ORGANISATION_TYPES, nullable: true })
  organisationType!: OrganisationType | null;

  @ApiProperty({ type: String, nullable: true })
  organisation!: string | null;
}
