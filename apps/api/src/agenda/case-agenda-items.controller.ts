import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import type { RequestUser } from '../auth/request-user';
import { AgendaItemService } from './agenda-item.service';
import { AgendaItemDetailDto, AgendaItemSummaryDto } from './dto/agenda-item-view.dto';
import { CreateAgendaItemDto } from './dto/create-agenda-item.dto';

const uuid = new ParseUUIDPipe();

@ApiTags('agenda')
@Controller('cases/:id/agenda-items')
export class CaseAgendaItemsController {
  constructor(private readonly items: AgendaItemService) {}

  @Post()
  @Roles('adviser', 'admin')
  @ApiOperation({
    summary: 'Put the case on the agenda of a national table, with what is asked of it',
    description: "One item per table. The table's liaisons then see the case.",
  })
  @ApiCreatedResponse({ type: AgendaItemDetailDto })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The case is not in the agenda step, or already at this table.' })
  @ApiUnprocessableEntityResponse({ description: 'The table does not exist or is inactive.' })
  create(
    @Param('id', uuid) id: string,
    @Body() dto: CreateAgendaItemDto,
    @CurrentUser() user: RequestUser,
  ): Promise<AgendaItemDetailDto> {
    return this.items.create(id, dto, user);
  }

  @Get()
  @Roles('adviser', 'admin', 'liaison')
  @ApiOperation({
    summary: "The case's agenda items",
    description: 'A liaison sees the items at their own tables (and the case only when it has one).',
  })
  @ApiOkResponse({ type: [AgendaItemSummaryDto] })
  @ApiNotFoundResponse({ description: 'No such case, or not one you may see (the same answer).' })
  list(@Param('id', uuid) id: string, @CurrentUser() user: RequestUser): Promise<AgendaItemSummaryDto[]> {
    return this.items.listForCase(id, user);
  }
}
