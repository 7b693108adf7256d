import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import type { RequestUser } from '../auth/request-user';
import { EndorseCaseDto, SharedCaseDto } from './dto/shared-case.dto';
import { SharedCaseService } from './shared-case.service';

const uuid = new ParseUUIDPipe();

@ApiTags('members')
@Controller('shared-cases')
@Roles('member')
export class SharedCaseController {
  constructor(private readonly shared: SharedCaseService) {}

  @Get()
  @ApiOperation({ summary: 'The bottlenecks the network shares, and whether you recognise each' })
  @ApiOkResponse({ type: [SharedCaseDto] })
  list(@CurrentUser() user: RequestUser): Promise<SharedCaseDto[]> {
    return this.shared.list(user);
  }

  @Put(':id/recognition')
  @ApiOperation({ summary: 'Say "I recognise this" (again is fine); it counts as evidence for the case' })
  @ApiOkResponse({ type: SharedCaseDto })
  @ApiNotFoundResponse({ description: 'No such shared case.' })
  endorse(
    @Param('id', uuid) id: string,
    @Body() dto: EndorseCaseDto,
    @CurrentUser() user: RequestUser,
  ): Promise<SharedCaseDto> {
    return this.shared.endorse(id, dto, user);
  }

  @Delete(':id/recognition')
  @ApiOperation({ summary: 'Take back "I recognise this"' })
  @ApiOkResponse({ type: SharedCaseDto })
  @ApiNotFoundResponse({ description: 'No such shared case.' })
  withdraw(@Param('id', uuid) id: string, @CurrentUser() user: RequestUser): Promise<SharedCaseDto> {
    return this.shared.withdraw(id, user);
  }
}
