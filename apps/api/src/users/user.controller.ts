import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { Roles } from '../auth/access.decorator';
import { clientIp } from '../auth/client-ip';
import { CurrentUser } from '../auth/current-user.decorator';
import type { RequestUser } from '../auth/request-user';
import { InviteUserDto } from './dto/invite-user.dto';
import { ListUsersQuery } from './dto/list-users.query';
import { UpdateUserDto } from './dto/update-user.dto';
import { UserAccountDto, UserAccountPageDto } from './dto/user-account.dto';
import { UserAdminService } from './user-admin.service';

const uuid = new ParseUUIDPipe({ version: undefined });

@ApiTags('users')
@Controller('users')
@Roles('admin')
export class UserController {
  constructor(private readonly users: UserAdminService) {}

  @Get()
  @ApiOperation({ summary: 'Accounts, newest first, optionally of one role' })
  @ApiOkResponse({ type: UserAccountPageDto })
  list(@Query() query: ListUsersQuery): Promise<UserAccountPageDto> {
    return this.users.list(query);
  }

  @Post('invite')
  @ApiOperation({ summary: 'Invite a staff member by e-mail; the link in the mail sets their password' })
  @ApiCreatedResponse({ type: UserAccountDto })
  @ApiConflictResponse({ description: 'An account with this e-mail address exists.' })
  @ApiTooManyRequestsResponse({ description: 'Too many invites from this address or to this account.' })
  invite(
    @Body() dto: InviteUserDto,
    @CurrentUser() admin: RequestUser,
    @Req() request: Request,
  ): Promise<UserAccountDto> {
    return this.users.invite(dto, admin, clientIp(request));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change the role or name of an account; a role change is audited' })
  @ApiOkResponse({ type: UserAccountDto })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Admins cannot change their own role.' })
  update(
    @Param('id', uuid) id: string,
    @Body() dto: UpdateUserDto,
    @CurrentUser() admin: RequestUser,
    @Req() request: Request,
  ): Promise<UserAccountDto> {
    return this.users.update(id, dto, admin, clientIp(request));
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Deactivate an account: its sessions and API tokens stop at once; its history stays',
  })
  @ApiOkResponse({ type: UserAccountDto })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Admins cannot deactivate themselves.' })
  deactivate(
    @Param('id', uuid) id: string,
    @CurrentUser() admin: RequestUser,
    @Req() request: Request,
  ): Promise<UserAccountDto> {
    return this.users.deactivate(id, admin, clientIp(request));
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Let a deactivated account sign in again (old sessions and tokens stay revoked)' })
  @ApiOkResponse({ type: UserAccountDto })
  @ApiNotFoundResponse()
  reactivate(
    @Param('id', uuid) id: string,
    @CurrentUser() admin: RequestUser,
    @Req() request: Request,
  ): Promise<UserAccountDto> {
    return this.users.reactivate(id, admin, clientIp(request));
  }
}
