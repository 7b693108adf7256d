import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SettingsService } from '@app/core';
import { Roles } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import type { RequestUser } from '../auth/request-user';
import { AgendaRemindersDto } from './dto/agenda-reminders.dto';

/** When liaisons and advisers hear about agenda items; admins set it, advisers read it. */
@ApiTags('settings')
@Controller('settings')
export class AgendaSettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get('agenda-reminders')
  @Roles('adviser', 'admin')
  @ApiOperation({
    summary: 'Days before a meeting the liaison is reminded, and weeks after which an item is stale',
  })
  @ApiOkResponse({ type: AgendaRemindersDto })
  reminders(): Promise<AgendaRemindersDto> {
    return this.settings.get('agenda_reminders');
  }

  @Put('agenda-reminders')
  @Roles('admin')
  @ApiOperation({ summary: 'Set them; applies to reminders planned from the next move of an item on' })
  @ApiOkResponse({ type: AgendaRemindersDto })
  setReminders(
    @Body() dto: AgendaRemindersDto,
    @CurrentUser() user: RequestUser,
  ): Promise<AgendaRemindersDto> {
    return this.settings.set('agenda_reminders', { ...dto }, user.id);
  }
}
