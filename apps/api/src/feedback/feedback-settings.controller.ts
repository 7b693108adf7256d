import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SettingsService } from '@app/core';
import { Roles } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import type { RequestUser } from '../auth/request-user';
import { FeedbackProgressSettingsDto } from './dto/feedback-input.dto';

/** How often submitters hear how their bottleneck stands while it waits at a national table. */
@ApiTags('settings')
@Controller('settings')
export class FeedbackSettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get('feedback-progress')
  @Roles('adviser', 'admin')
  @ApiOperation({
    summary: 'Every how many weeks submitters get a progress update while a table has their case',
  })
  @ApiOkResponse({ type: FeedbackProgressSettingsDto })
  progress(): Promise<FeedbackProgressSettingsDto> {
    return this.settings.get('feedback_progress');
  }

  @Put('feedback-progress')
  @Roles('admin')
  @ApiOperation({ summary: 'Set the interval; each waiting case uses it from its next update on' })
  @ApiOkResponse({ type: FeedbackProgressSettingsDto })
  setProgress(
    @Body() dto: FeedbackProgressSettingsDto,
    @CurrentUser() user: RequestUser,
  ): Promise<FeedbackProgressSettingsDto> {
    return this.settings.set('feedback_progress', { ...dto }, user.id);
  }
}
