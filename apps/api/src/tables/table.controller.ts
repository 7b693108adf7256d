import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Put, Req } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
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
import { CreateTableDto } from './dto/create-table.dto';
import { NationalTableDto } from './dto/national-table.dto';
import { SetTableLiaisonsDto } from './dto/set-table-liaisons.dto';
import { UpdateTableDto } from './dto/update-table.dto';
import { TableService } from './table.service';

const uuid = new ParseUUIDPipe();

/** The register of national tables and bodies (step 6, Agenderen); admins keep it. */
@ApiTags('tables')
@Controller('tables')
export class TableController {
  constructor(private readonly tables: TableService) {}

  @Get()
  @Roles('adviser', 'admin', 'liaison')
  @ApiOperation({ summary: 'The national tables and bodies, with their liaisons and open agenda items' })
  @ApiOkResponse({ type: [NationalTableDto] })
  list(): Promise<NationalTableDto[]> {
    return this.tables.list();
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Add a table or body to the register' })
  @ApiCreatedResponse({ type: NationalTableDto })
  @ApiConflictResponse({ description: 'A table with this name exists already.' })
  create(@Body() dto: CreateTableDto): Promise<NationalTableDto> {
    return this.tables.create(dto);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: "Change a table's name, kind, description or whether it is active" })
  @ApiOkResponse({ type: NationalTableDto })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'A table with this name exists already.' })
  update(@Param('id', uuid) id: string, @Body() dto: UpdateTableDto): Promise<NationalTableDto> {
    return this.tables.update(id, dto);
  }

  @Put(':id/liaisons')
  @Roles('admin')
  @ApiOperation({
    summary: "Set the table's liaisons (replaces the list)",
    description:
      'A liaison sees exactly the cases with an agenda item at one of their tables. Logged in the audit log.',
  })
  @ApiOkResponse({ type: NationalTableDto })
  @ApiNotFoundResponse()
  @ApiUnprocessableEntityResponse({ description: 'A user is not an active liaison account.' })
  setLiaisons(
    @Param('id', uuid) id: string,
    @Body() dto: SetTableLiaisonsDto,
    @CurrentUser() user: RequestUser,
    @Req() request: Request,
  ): Promise<NationalTableDto> {
    return this.tables.setLiaisons(id, dto.userIds, user.id, clientIp(request));
  }
}
