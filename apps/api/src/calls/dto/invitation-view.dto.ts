import { ApiProperty } from '@nestjs/swagger';
import { DOMAINS, ORGANISATION_TYPES, type Domain, type OrganisationType } from '@app/workflow';
import { OwnAnswerDto } from './call-answer.dto';
import { PublicCallDto } from './call-view.dto';

/** What the invited member's answer page needs: the call, their answer if any, and their profile to prefill. */
export class InvitationViewDto {
  @ApiProperty({ type: PublicCallDto })
  call!: PublicCallDto;

  @ApiProperty({ type: OwnAnswerDto, nullable: true })
  answer!: OwnAnswerDto | null;

  @ApiProperty({ enum: DOMAINS, isArray: true, description: "The member's profile domains, to prefill" })
  profileDomains!: Domain[];

  @ApiProperty({ type: String, nullable: true })
  profileRegion!: string | null;

  @ApiProperty({ enum: ORGANISATION_TYPES, nullable: true })
  profileOrganisationType!: OrganisationType | null;

  @ApiProperty({ type: String, nullable: true })
  profileOrganisation!: string | null;
}
