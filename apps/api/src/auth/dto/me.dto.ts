import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@app/workflow';

export class UserViewDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;
}

export class MeDto {
  @ApiProperty({ type: UserViewDto })
  user!: UserViewDto;

  @ApiProperty({ enum: ['session', 'token'] })
  via!: 'session' | 'token';

  @ApiPropertyOptional({
    description: 'Send as X-CSRF-Token on every state-changing request of this session',
  })
  csrfToken?: string;
}
