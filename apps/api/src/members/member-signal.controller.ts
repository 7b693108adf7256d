import { Controller, Get, Param, ParseUUIDPipe, Query, Req } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Roles } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import type { RequestUser } from '../auth/request-user';
import { requestLocale } from '../common/locale';
import { ListMemberSignalsQuery } from './dto/list-member-signals.query';
import { MemberSignalDetailDto, MemberSignalPageDto } from './dto/member-signal.dto';
import { MemberSignalService } from './member-signal.service';

@ApiTags('me')
@Controller('me/signals')
@Roles('member')
export class MemberSignalController {
  constructor(private readonly signals: MemberSignalService) {}

  @Get()
  @ApiOperation({ summary: 'My signals (submitted while signed in), newest first, with where each one is' })
  @ApiOkResponse({ type: MemberSignalPageDto })
  list(
    @CurrentUser() member: RequestUser,
    @Query() query: ListMemberSignalsQuery,
    @Req() request: Request,
  ): Promise<MemberSignalPageDto> {
    return this.signals.list(member.id, query, requestLocale(request));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One of my signals, as its tracking page shows it' })
  @ApiOkResponse({ type: MemberSignalDetailDto })
  @ApiNotFoundResponse({ description: 'Not one of my signals (or it does not exist).' })
  detail(
    @CurrentUser() member: RequestUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: Request,
  ): Promise<MemberSignalDetailDto> {
    return this.signals.detail(member.id, id, requestLocale(request));
  }
}
