import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@app/workflow';

/** An account as admins manage it. */
export class UserAccountDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({ description: 'A deactivated account cannot sign in; its history stays' })
  active!: boolean;

  @ApiPropertyOptional({ type: Date, nullable: true })
  lastSignInAt!: Date | null;

  @ApiProperty()
  createdAt!: Date;
}

export class UserAccountPageDto {
  @ApiProperty({ type: [UserAccountDto] })
  items!: UserAccountDto[];

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Pass as `cursor` for the next page' })
  nextCursor!: string | null;
}
