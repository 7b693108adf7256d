import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { Roles } from '../auth/access.decorator';
import { clientIp } from '../auth/client-ip';
import { CurrentUser } from '../auth/current-user.decorator';
import type { RequestUser } from '../auth/request-user';
import {
  FeedbackPreviewQuery,
  FeedbackQuery,
  SendFeedbackDto,
  UndeliverableRecipientDto,
  UpdateFeedbackDto,
} from './dto/feedback-input.dto';
import { FeedbackPreviewDto, FeedbackRecipientDto, FeedbackViewDto } from './dto/feedback-view.dto';
import { FeedbackService } from './feedback.service';

const uuid = new ParseUUIDPipe();

/** Step 7 (Terugkoppelen) for advisers: the prepared feedback of a case, edited, previewed and sent. */
@ApiTags('feedback')
@Controller('cases/:id/feedback')
@Roles('adviser', 'admin')
export class FeedbackController {
  constructor(private readonly feedback: FeedbackService) {}

  @Get()
  @ApiOperation({
    summary: "The case's feedback: message in both languages, status, recipients and their answers",
    description:
      'Recipients come a page at a time (newest first), with masked addresses and delivery status; counts cover all of them. 404 until the feedback is prepared (just after the case entered step 7).',
  })
  @ApiOkResponse({ type: FeedbackViewDto })
  @ApiNotFoundResponse({ description: 'No such case, or no feedback prepared yet.' })
  view(
    @Param('id', uuid) id: string,
    @Query() query: FeedbackQuery,
    @CurrentUser() user: RequestUser,
  ): Promise<FeedbackViewDto> {
    return this.feedback.view(id, user, query);
  }

  @Put()
  @ApiOperation({ summary: 'Edit the three texts (Dutch and English); only while the feedback is a draft' })
  @ApiOkResponse({ type: FeedbackViewDto })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Changed meanwhile (version_conflict), or already sent.' })
  @ApiUnprocessableEntityResponse({ description: 'No text given.' })
  update(
    @Param('id', uuid) id: string,
    @Body() dto: UpdateFeedbackDto,
    @CurrentUser() user: RequestUser,
    @Req() request: Request,
  ): Promise<FeedbackViewDto> {
    return this.feedback.update(id, dto, { ...user, ip: clientIp(request) });
  }

  @Get('preview')
  @ApiOperation({
    summary: 'The mail one kind of recipient gets, in one language (its links answer nothing)',
  })
  @ApiOkResponse({ type: FeedbackPreviewDto })
  @ApiNotFoundResponse()
  preview(
    @Param('id', uuid) id: string,
    @Query() query: FeedbackPreviewQuery,
    @CurrentUser() user: RequestUser,
  ): Promise<FeedbackPreviewDto> {
    return this.feedback.preview(id, user, query);
  }

  @Post('send')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Send the feedback to every pending recipient',
    description:
      'The status becomes "sending"; a job mails each recipient once, in their language. When every recipient is reached or recorded as unreachable, the case closes by itself.',
  })
  @ApiOkResponse({ type: FeedbackViewDto })
  @ApiNotFoundResponse()
  @ApiConflictResponse({
    description: 'Changed meanwhile (version_conflict), already sent, or the case left step 7.',
  })
  send(
    @Param('id', uuid) id: string,
    @Body() dto: SendFeedbackDto,
    @CurrentUser() user: RequestUser,
    @Req() request: Request,
  ): Promise<FeedbackViewDto> {
    return this.feedback.send(id, dto, { ...user, ip: clientIp(request) });
  }

  @Post('recipients/:recipientId/undeliverable')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Record that feedback cannot reach this recipient, with the reason',
    description: 'Answers the recipient. Recording it again changes nothing.',
  })
  @ApiOkResponse({ type: FeedbackRecipientDto })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The feedback already reached this recipient.' })
  markUndeliverable(
    @Param('id', uuid) id: string,
    @Param('recipientId', uuid) recipientId: string,
    @Body() dto: UndeliverableRecipientDto,
    @CurrentUser() user: RequestUser,
    @Req() request: Request,
  ): Promise<FeedbackRecipientDto> {
    return this.feedback.markUndeliverable(id, recipientId, dto, { ...user, ip: clientIp(request) });
  }
}
