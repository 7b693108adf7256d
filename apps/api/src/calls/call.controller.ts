import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
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
import { CallService } from './call.service';
import { AudienceSizeDto, AudienceSizeQueryDto } from './dto/audience-size.query';
import { CallDto } from './dto/call-view.dto';
import { CreateCallDto } from './dto/create-call.dto';
import { ListCallsQueryDto } from './dto/list-calls.query';
import { PublishCallDto } from './dto/publish-call.dto';
import { UpdateCallDto } from './dto/update-call.dto';

const uuid = new ParseUUIDPipe();

@ApiTags('calls')
@Controller('calls')
@Roles('adviser', 'admin')
export class CallController {
  constructor(private readonly calls: CallService) {}

  @Post()
  @ApiOperation({ summary: 'Create a call (a draft): open, or targeted at one case in recognition' })
  @ApiCreatedResponse({ type: CallDto })
  @ApiNotFoundResponse({ description: 'The case does not exist.' })
  @ApiUnprocessableEntityResponse({ description: 'Dates, audience or case break a rule (see details).' })
  create(@Body() dto: CreateCallDto, @CurrentUser() user: RequestUser): Promise<CallDto> {
    return this.calls.create(dto, user);
  }

  @Get()
  @ApiOperation({ summary: 'Calls, newest first, with their progress' })
  @ApiOkResponse({ type: [CallDto] })
  list(@Query() query: ListCallsQueryDto): Promise<CallDto[]> {
    return this.calls.list(query);
  }

  @Get('audience-size')
  @ApiOperation({ summary: 'How many active members an audience holds now (before publishing)' })
  @ApiOkResponse({ type: AudienceSizeDto })
  async audienceSize(@Query() query: AudienceSizeQueryDto): Promise<AudienceSizeDto> {
    return { size: await this.calls.audienceSize(query) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One call with its audience, invitations sent and answers so far' })
  @ApiOkResponse({ type: CallDto })
  @ApiNotFoundResponse()
  get(@Param('id', uuid) id: string): Promise<CallDto> {
    return this.calls.get(id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Edit a call',
    description:
      'A draft may change anything but its kind and case; a published call its close date (which moves its close job) and public listing.',
  })
  @ApiOkResponse({ type: CallDto })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Changed by someone else, closed, or a field a published call keeps.' })
  @ApiUnprocessableEntityResponse({ description: 'Dates or audience break a rule.' })
  update(@Param('id', uuid) id: string, @Body() dto: UpdateCallDto): Promise<CallDto> {
    return this.calls.update(id, dto);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Publish a draft call',
    description:
      'Fixes the audience size, sends a targeted call to its audience (a job, in batches) and plans its close.',
  })
  @ApiOkResponse({ type: CallDto })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Changed by someone else, or published already.' })
  @ApiUnprocessableEntityResponse({ description: 'The close date has passed, or the case left recognition.' })
  publish(@Param('id', uuid) id: string, @Body() dto: PublishCallDto): Promise<CallDto> {
    return this.calls.publish(id, dto.expectedVersion);
  }
}
