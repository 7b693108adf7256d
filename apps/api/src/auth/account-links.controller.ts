// The public routes behind the links in e-mails: a member's sign-in link, a password reset, accepting
// an invite. The web app shows the link's page and sends its token here.
import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiGoneResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { LocalizedMessage } from '@app/core';
import { validityText } from '@app/mail';
import type { AuthLinkPurpose } from '@app/persistence';
import type { Locale } from '@app/workflow';
import { requestLocale } from '../common/locale';
import { Public } from './access.decorator';
import { AccountLinksService } from './account-links.service';
import { LINK_VALIDITY_MINUTES } from './auth-link.service';
import { handOverSession } from './browser-session';
import { clientIp } from './client-ip';
import { OptionalUser } from './current-user.decorator';
import {
  EmailLinkRequestDto,
  LinkRequestedDto,
  LinkTokenDto,
  SetPasswordWithLinkDto,
} from './dto/account-link.dto';
import { MeDto } from './dto/me.dto';
import type { RequestUser } from './request-user';
import { SessionService } from './session.service';

// The same answer for every address, known or not.
const MAGIC_LINK_REQUESTED = (validity: string): LocalizedMessage => ({
  nl: `We hebben een inloglink gestuurd naar dit e-mailadres, als we daar een link naartoe kunnen sturen. Kijk ook in je map met ongewenste e-mail. De link is ${validity} geldig.`,
  en: `We have sent a sign-in link to this e-mail address, if we can send one there. Also check your spam folder. The link is valid for ${validity}.`,
});
const RESET_REQUESTED = (validity: string): LocalizedMessage => ({
  nl: `Als er een account met een wachtwoord bij dit e-mailadres hoort, hebben we er een link naartoe gestuurd om een nieuw wachtwoord te kiezen. De link is ${validity} geldig.`,
  en: `If an account with a password belongs to this e-mail address, we have sent it a link to choose a new password. The link is valid for ${validity}.`,
});
const LINK_GONE = 'The link is unknown, used or expired (the same answer for each); ask for a new one.';
const TOO_MANY = 'Too many requests from this address or for this account; see Retry-After.';

@ApiTags('auth')
@Controller('auth')
export class AccountLinksController {
  constructor(
    private readonly accountLinks: AccountLinksService,
    private readonly sessions: SessionService,
  ) {}

  @Post('magic-link')
  @HttpCode(202)
  @Public()
  @ApiOperation({
    summary: 'Members: e-mail me a sign-in link (the first one creates the member account)',
    description: 'Answers the same whether or not the address has an account. Staff accounts get no link.',
  })
  @ApiAcceptedResponse({ type: LinkRequestedDto })
  @ApiTooManyRequestsResponse({ description: TOO_MANY })
  async requestMagicLink(
    @Body() dto: EmailLinkRequestDto,
    @Req() request: Request,
  ): Promise<LinkRequestedDto> {
    const locale = requestLocale(request);
    await this.accountLinks.requestMagicLink(dto.email, clientIp(request), locale);
    return { message: answerIn(locale, MAGIC_LINK_REQUESTED, 'magic_link') };
  }

  @Post('magic-link/verify')
  @HttpCode(200)
  @Public()
  @ApiOperation({ summary: 'Members: sign in with the link from the e-mail; sets the session cookie' })
  @ApiOkResponse({ type: MeDto })
  @ApiGoneResponse({ description: LINK_GONE })
  @ApiTooManyRequestsResponse({ description: TOO_MANY })
  async verifyMagicLink(
    @Body() dto: LinkTokenDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MeDto> {
    const signedIn = await this.accountLinks.verifyMagicLink(dto.token, clientIp(request));
    return handOverSession(response, this.sessions, signedIn);
  }

  @Post('password-reset')
  @HttpCode(202)
  @Public()
  @ApiOperation({
    summary: 'Staff: e-mail me a link to choose a new password',
    description: 'Answers the same whether or not the address has an account.',
  })
  @ApiAcceptedResponse({ type: LinkRequestedDto })
  @ApiTooManyRequestsResponse({ description: TOO_MANY })
  async requestPasswordReset(
    @Body() dto: EmailLinkRequestDto,
    @Req() request: Request,
  ): Promise<LinkRequestedDto> {
    await this.accountLinks.requestPasswordReset(dto.email, clientIp(request));
    return { message: answerIn(requestLocale(request), RESET_REQUESTED, 'password_reset') };
  }

  @Post('password-reset/confirm')
  @HttpCode(204)
  @Public()
  @ApiOperation({
    summary: 'Staff: set a new password with the link from the e-mail',
    description: 'Ends every other session of the account; sign in again with the new password.',
  })
  @ApiNoContentResponse()
  @ApiGoneResponse({ description: LINK_GONE })
  @ApiTooManyRequestsResponse({ description: TOO_MANY })
  async confirmPasswordReset(
    @Body() dto: SetPasswordWithLinkDto,
    @Req() request: Request,
    @OptionalUser() caller: RequestUser | undefined,
  ): Promise<void> {
    await this.accountLinks.confirmPasswordReset(dto.token, dto.password, clientIp(request), caller);
  }

  @Post('invite/accept')
  @HttpCode(200)
  @Public()
  @ApiOperation({ summary: 'Staff: accept an invite by choosing a password; sets the session cookie' })
  @ApiOkResponse({ type: MeDto })
  @ApiGoneResponse({ description: LINK_GONE })
  @ApiTooManyRequestsResponse({ description: TOO_MANY })
  async acceptInvite(
    @Body() dto: SetPasswordWithLinkDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MeDto> {
    const signedIn = await this.accountLinks.acceptInvite(dto.token, dto.password, clientIp(request));
    return handOverSession(response, this.sessions, signedIn);
  }
}

function answerIn(
  locale: Locale,
  message: (validity: string) => LocalizedMessage,
  purpose: AuthLinkPurpose,
): string {
  return message(validityText(LINK_VALIDITY_MINUTES[purpose], locale))[locale];
}
