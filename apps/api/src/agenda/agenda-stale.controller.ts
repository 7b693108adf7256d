import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator';
import { AgendaItemService } from './agenda-item.service';
import { StaleAgendaItemDto } from './dto/agenda-item-view.dto';

@ApiTags('agenda')
@Controller('agenda')
export class AgendaStaleController {
  constructor(private readonly items: AgendaItemService) {}

  @Get('stale')
  @Roles('adviser', 'admin')
  @ApiOperation({
    summary: 'Open agenda items that have not moved for the set weeks (settings: agenda-reminders)',
    description: 'Longest stalled first; items of archived cases are left out.',
  })
  @ApiOkResponse({ type: [StaleAgendaItemDto] })
  stale(): Promise<StaleAgendaItemDto[]> {
    return this.items.stale();
  }
}
