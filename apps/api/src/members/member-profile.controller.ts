import { Body, Controller, Get, Put } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { UserEntity } from '@app/persistence';
import { Roles } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import type { RequestUser } from '../auth/request-user';
import { MemberProfileDto, UpdateMemberProfileDto } from '../recognition/dto/member-profile.dto';

/** A member's own profile: it decides which targeted calls reach them. */
@ApiTags('members')
@Controller('me/profile')
@Roles('member')
export class MemberProfileController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Your profile: domains, region and organisation' })
  @ApiOkResponse({ type: MemberProfileDto })
  get(@CurrentUser() user: RequestUser): Promise<MemberProfileDto> {
    return this.read(user.id);
  }

  @Put()
  @ApiOperation({ summary: 'Change your profile (fields left out are cleared)' })
  @ApiOkResponse({ type: MemberProfileDto })
  async update(
    @Body() dto: UpdateMemberProfileDto,
    @CurrentUser() user: RequestUser,
  ): Promise<MemberProfileDto> {
    await this.dataSource.manager.update(
      UserEntity,
      { id: user.id },
      {
        domains: dto.domains,
        region: dto.region ?? null,
        organisationType: dto.organisationType ?? null,
        organisation: dto.organisation ?? null,
      },
    );
    return this.read(user.id);
  }

  private async read(id: string): Promise<MemberProfileDto> {
    const row = await this.dataSource.manager.findOneByOrFail(UserEntity, { id });
    return {
      domains: row.domains,
      region: row.region,
      organisationType: row.organisationType,
      organisation: row.organisation,
    };
  }
}
