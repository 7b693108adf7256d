import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../auth/access.decorator';
import { clientIp } from '../auth/client-ip';
import { RateLimit } from '../common/rate-limit.decorator';
import { FeedbackAnswerDto } from './dto/feedback-input.dto';
import { PublicFeedbackDto } from './dto/feedback-view.dto';
import { PublicFeedbackService } from './public-feedback.service';

/** "Did this help?": the personal link at the end of a feedback mail; the token is the only key. */
@ApiTags('public')
@Controller('public/feedback')
@Public()
export class PublicFeedbackController {
  constructor(private readonly feedback: PublicFeedbackService) {}

  @Get(':token')
  @RateLimit('token_lookup_ip')
  @ApiOperation({ summary: 'Your answer so far, and the title of the bottleneck' })
  @ApiOkResponse({ type: PublicFeedbackDto })
  @ApiNotFoundResponse({ description: 'Unknown or malformed link (the same answer for both).' })
  view(@Param('token') token: string): Promise<PublicFeedbackDto> {
    return this.feedback.view(token);
  }

  @Post(':token')
  @HttpCode(200)
  @ApiOperation({ summary: 'Answer "did this help?"; a second answer replaces the first' })
  @ApiOkResponse({ type: PublicFeedbackDto })
  @ApiNotFoundResponse({ description: 'Unknown or malformed link.' })
  @ApiTooManyRequestsResponse()
  answer(
    @Param('token') token: string,
    @Body() dto: FeedbackAnswerDto,
    @Req() request: Request,
  ): Promise<PublicFeedbackDto> {
    return this.feedback.answer(token, dto, clientIp(request));
  }
}
