import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { DomainError, SettingsService } from '@app/core';
import { thresholdProblems } from '@app/workflow';
import { Roles } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import type { RequestUser } from '../auth/request-user';
import { RecognitionThresholdsDto } from './dto/recognition-panel.dto';
import { DeepeningRemindersDto, UpdateRecognitionThresholdsDto } from './dto/recognition-thresholds.dto';

/** Settings admins change at run time; advisers may read them (the panel explains its recommendation). */
@ApiTags('settings')
@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get('recognition-thresholds')
  @Roles('adviser', 'admin')
  @ApiOperation({ summary: 'The thresholds behind the recognition recommendation' })
  @ApiOkResponse({ type: RecognitionThresholdsDto })
  thresholds(): Promise<RecognitionThresholdsDto> {
    return this.settings.get('recognition_thresholds');
  }

  @Put('recognition-thresholds')
  @Roles('admin')
  @ApiOperation({ summary: 'Set the thresholds; tallies already made keep the ones they used' })
  @ApiOkResponse({ type: RecognitionThresholdsDto })
  @ApiUnprocessableEntityResponse({ description: '"Partly" would ask more than "broad".' })
  setThresholds(
    @Body() dto: UpdateRecognitionThresholdsDto,
    @CurrentUser() user: RequestUser,
  ): Promise<RecognitionThresholdsDto> {
    const problems = thresholdProblems(dto);
    if (problems.length > 0) {
      throw new DomainError(
        'rule_violated',
        {
          nl: 'De drempel voor "deels herkend" mag niet hoger zijn dan die voor "breed herkend".',
          en: 'The threshold for "partly recognised" must not exceed the one for "broadly recognised".',
        },
        { problems },
      );
    }
    return this.settings.set('recognition_thresholds', { ...dto }, user.id);
  }

  @Get('deepening-reminders')
  @Roles('adviser', 'admin')
  @ApiOperation({ summary: 'How many days before the due date experts are reminded' })
  @ApiOkResponse({ type: DeepeningRemindersDto })
  reminders(): Promise<DeepeningRemindersDto> {
    return this.settings.get('deepening_reminders');
  }

  @Put('deepening-reminders')
  @Roles('admin')
  @ApiOperation({ summary: 'Set the reminder days; applies to reminders planned from now on' })
  @ApiOkResponse({ type: DeepeningRemindersDto })
  setReminders(
    @Body() dto: DeepeningRemindersDto,
    @CurrentUser() user: RequestUser,
  ): Promise<DeepeningRemindersDto> {
    return this.settings.set('deepening_reminders', { ...dto }, user.id);
  }
}
