import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
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
import { AddAgendaDocumentDto } from './dto/add-agenda-document.dto';
import { AgendaItemDetailDto, AgendaItemPageDto } from './dto/agenda-item-view.dto';
import { ListAgendaItemsQuery } from './dto/list-agenda-items.query';
import { MoveAgendaItemDto } from './dto/move-agenda-item.dto';

const uuid = new ParseUUIDPipe();

/** Who sees which item is decided in agenda-item-visibility.ts: a liaison only their own tables' items. */
const ITEM_ROLES = ['adviser', 'admin', 'liaison'] as const;

@ApiTags('agenda')
@Controller('agenda-items')
@Roles(...ITEM_ROLES)
export class AgendaItemController {
  constructor(private readonly items: AgendaItemService) {}

  @Get()
  @ApiOperation({
    summary: 'Agenda items, newest first, by table and status',
    description: 'Advisers and admins see every item, a liaison the items at their own tables.',
  })
  @ApiOkResponse({ type: AgendaItemPageDto })
  list(@Query() query: ListAgendaItemsQuery, @CurrentUser() user: RequestUser): Promise<AgendaItemPageDto> {
    return this.items.list(query, user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One agenda item with every change, its documents and the moves you may make' })
  @ApiOkResponse({ type: AgendaItemDetailDto })
  @ApiNotFoundResponse({ description: 'No such item, or not one you may see (the same answer).' })
  detail(@Param('id', uuid) id: string, @CurrentUser() user: RequestUser): Promise<AgendaItemDetailDto> {
    return this.items.detail(id, user);
  }

  @Post(':id/moves')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Move the item on: proposed, submitted, scheduled, discussed, outcome, follow_up, closed',
    description:
      'scheduled needs meetingDate (again to reschedule), outcome needs outcome (and may have outcomeNote), follow_up needs followUpOn; outcome may close directly. Replans the reminders.',
  })
  @ApiOkResponse({ type: AgendaItemDetailDto })
  @ApiNotFoundResponse({ description: 'No such item, or not one you may see (the same answer).' })
  @ApiConflictResponse({
    description: 'The item changed meanwhile, the move is not possible from here, or the case is archived.',
  })
  @ApiUnprocessableEntityResponse({
    description: 'A field the move needs is missing, or one it does not record was sent.',
  })
  move(
    @Param('id', uuid) id: string,
    @Body() dto: MoveAgendaItemDto,
    @CurrentUser() user: RequestUser,
  ): Promise<AgendaItemDetailDto> {
    return this.items.move(id, dto, user);
  }

  @Post(':id/documents')
  @ApiOperation({ summary: 'Link a document (minutes, a letter, a position paper) by its http(s) address' })
  @ApiCreatedResponse({ type: AgendaItemDetailDto })
  @ApiNotFoundResponse({ description: 'No such item, or not one you may see (the same answer).' })
  addDocument(
    @Param('id', uuid) id: string,
    @Body() dto: AddAgendaDocumentDto,
    @CurrentUser() user: RequestUser,
  ): Promise<AgendaItemDetailDto> {
    return this.items.addDocument(id, dto, user);
  }
}
