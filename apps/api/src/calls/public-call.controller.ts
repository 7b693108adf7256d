import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../auth/access.decorator';
import { clientIp } from '../auth/client-ip';
import { OptionalUser } from '../auth/current-user.decorator';
import type { RequestUser } from '../auth/request-user';
import { requestLocale } from '../common/locale';
import { AnswerOutcomeDto, ConfirmAnswerDto, PublicCallAnswerDto } from './dto/call-answer.dto';
import { PublicCallDto } from './dto/call-view.dto';
import { PublicCallService } from './public-call.service';

const uuid = new ParseUUIDPipe();

@ApiTags('public')
@Controller('public')
@Public()
export class PublicCallController {
  constructor(private readonly calls: PublicCallService) {}

  @Get('calls')
  @ApiOperation({ summary: 'The open calls: open calls and public targeted calls, soonest closing first' })
  @ApiOkResponse({ type: [PublicCallDto] })
  list(): Promise<PublicCallDto[]> {
    return this.calls.listOpen();
  }

  @Get('calls/:id')
  @ApiOperation({ summary: 'One publicly listed call' })
  @ApiOkResponse({ type: PublicCallDto })
  @ApiNotFoundResponse({ description: 'No such call on the public page.' })
  get(@Param('id', uuid) id: string): Promise<PublicCallDto> {
    return this.calls.get(id);
  }

  @Post('calls/:id/answers')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Answer a public targeted call',
    description:
      'A signed-in member answers at once; anyone else gives an e-mail address and confirms it by link.',
  })
  @ApiOkResponse({ type: AnswerOutcomeDto })
  @ApiNotFoundResponse({ description: 'No such call on the public page.' })
  @ApiConflictResponse({ description: 'The call is not open for answers.' })
  @ApiUnprocessableEntityResponse({
    description: 'An open call (answer it with a signal), or no e-mail address.',
  })
  @ApiTooManyRequestsResponse()
  answer(
    @Param('id', uuid) id: string,
    @Body() dto: PublicCallAnswerDto,
    @OptionalUser() user: RequestUser | undefined,
    @Req() request: Request,
  ): Promise<AnswerOutcomeDto> {
    return this.calls.answer(id, dto, user, clientIp(request), requestLocale(request));
  }

  @Post('call-answers/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm an anonymous answer with the token from the e-mail' })
  @ApiOkResponse({ type: AnswerOutcomeDto })
  @ApiGoneResponse({ description: 'Unknown, used or expired link (the same answer).' })
  @ApiConflictResponse({ description: 'The call closed meanwhile.' })
  @ApiTooManyRequestsResponse()
  confirm(@Body() dto: ConfirmAnswerDto, @Req() request: Request): Promise<AnswerOutcomeDto> {
    return this.calls.confirm(dto.token, clientIp(request));
  }
}
