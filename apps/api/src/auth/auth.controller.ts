import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ROLES } from '@app/workflow';
import { AuditService } from '../audit/audit.service';
import { Public, Roles } from './access.decorator';
import { ApiTokenService } from './api-token.service';
import { handOverSession } from './browser-session';
import { clientIp } from './client-ip';
import { CurrentUser } from './current-user.decorator';
import { ApiTokenViewDto, CreateApiTokenDto, CreatedApiTokenDto } from './dto/api-token.dto';
import { MeDto } from './dto/me.dto';
import { SignInDto } from './dto/sign-in.dto';
import type { RequestUser } from './request-user';
import { SESSION_COOKIE, SessionService } from './session.service';
import { SignInService } from './sign-in.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly signIn: SignInService,
    private readonly sessions: SessionService,
    private readonly tokens: ApiTokenService,
    private readonly audit: AuditService,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiOperation({ summary: 'Staff sign-in with e-mail and password; sets the session cookie' })
  @ApiOkResponse({ type: MeDto })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail address or password (the same answer for both).' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address or for this account.' })
  async login(
    @Body() dto: SignInDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MeDto> {
    const signedIn = await this.signIn.signIn(dto.email, dto.password, clientIp(request));
    return handOverSession(response, this.sessions, signedIn);
  }

  @Post('logout')
  @HttpCode(204)
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Ends this browser session on the server and clears the cookie' })
  @ApiNoContentResponse()
  async logout(
    @CurrentUser() user: RequestUser,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    if (user.sessionId) await this.sessions.revoke(user.sessionId);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
    await this.audit.record({ action: 'sign_out', actorId: user.id, ip: clientIp(request) });
  }

  @Get('me')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Who is signed in, with which role' })
  @ApiOkResponse({ type: MeDto })
  async me(@CurrentUser() user: RequestUser): Promise<MeDto> {
    const { id, email, displayName, role, via } = user;
    const csrfToken = user.sessionId ? await this.sessions.csrfTokenOf(user.sessionId) : undefined;
    return { user: { id, email, displayName, role }, via, csrfToken };
  }

  @Get('tokens')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'My personal API tokens (without the secrets)' })
  @ApiOkResponse({ type: [ApiTokenViewDto] })
  async listTokens(@CurrentUser() user: RequestUser): Promise<ApiTokenViewDto[]> {
    const tokens = await this.tokens.list(user.id);
    return tokens.map((t) => ({
      id: t.id,
      name: t.name,
      prefix: t.tokenPrefix,
      createdAt: t.createdAt,
      lastUsedAt: t.lastUsedAt,
    }));
  }

  @Post('tokens')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Create a personal API token; the token is shown only in this answer' })
  @ApiCreatedResponse({ type: CreatedApiTokenDto })
  async createToken(
    @CurrentUser() user: RequestUser,
    @Body() dto: CreateApiTokenDto,
    @Req() request: Request,
  ): Promise<CreatedApiTokenDto> {
    const { token, entity } = await this.tokens.create(user.id, dto.name);
    await this.audit.record({
      action: 'api_token_created',
      actorId: user.id,
      subject: { type: 'api_token', id: entity.id },
      ip: clientIp(request),
    });
    return {
      id: entity.id,
      name: entity.name,
      prefix: entity.tokenPrefix,
      createdAt: entity.createdAt,
      lastUsedAt: null,
      token,
    };
  }

  @Delete('tokens/:id')
  @HttpCode(204)
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Revoke one of my API tokens; it stops working at once' })
  @ApiNoContentResponse()
  async revokeToken(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: Request,
  ): Promise<void> {
    await this.tokens.revoke(user.id, id);
    await this.audit.record({
      action: 'api_token_revoked',
      actorId: user.id,
      subject: { type: 'api_token', id },
      ip: clientIp(request),
    });
  }
}
