import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { userActor } from '@app/core';
import { Roles } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import type { RequestUser } from '../auth/request-user';
import { CaseService } from './case.service';
import { CaseTransitionDto } from './dto/case-transition.dto';
import { AllowedTransitionDto, CaseDetailDto, CasePageDto } from './dto/case-view.dto';
import { ListCasesQuery } from './dto/list-cases.query';
import { UpdateCaseDto } from './dto/update-case.dto';

const uuid = new ParseUUIDPipe();

@ApiTags('cases')
@Controller('cases')
export class CaseController {
  constructor(private readonly cases: CaseService) {}

  @Get()
  @Roles('adviser', 'admin')
  @ApiOperation({ summary: 'Cases (knelpunten), newest first, filtered' })
  @ApiOkResponse({ type: CasePageDto })
  list(@Query() query: ListCasesQuery): Promise<CasePageDto> {
    return this.cases.list(query);
  }

  @Get(':id')
  @Roles('adviser', 'admin')
  @ApiOperation({ summary: 'One case with its signals, history and the next steps you may take' })
  @ApiOkResponse({ type: CaseDetailDto })
  @ApiNotFoundResponse()
  detail(@Param('id', uuid) id: string, @CurrentUser() user: RequestUser): Promise<CaseDetailDto> {
    return this.cases.detail(id, userActor(user));
  }

  @Get(':id/transitions')
  @Roles('adviser', 'admin', 'liaison', 'expert')
  @ApiOperation({ summary: 'The next steps you may take on this case, and what still blocks each' })
  @ApiOkResponse({ type: [AllowedTransitionDto] })
  transitions(
    @Param('id', uuid) id: string,
    @CurrentUser() user: RequestUser,
  ): Promise<AllowedTransitionDto[]> {
    return this.cases.transitions(id, userActor(user));
  }

  @Post(':id/transitions')
  @HttpCode(200)
  // The transition table decides which of these roles may take which step.
  @Roles('adviser', 'admin', 'liaison', 'expert')
  @ApiOperation({ summary: 'Move the case to another step' })
  @ApiOkResponse({ type: CaseDetailDto })
  @ApiConflictResponse({
    description: 'The case changed meanwhile, or the step cannot be reached from here.',
  })
  @ApiUnprocessableEntityResponse({ description: 'A reason is required, or a guard blocks the step.' })
  transition(
    @Param('id', uuid) id: string,
    @Body() dto: CaseTransitionDto,
    @CurrentUser() user: RequestUser,
  ): Promise<CaseDetailDto> {
    return this.cases.transition(id, dto, userActor(user));
  }

  @Patch(':id')
  @Roles('adviser', 'admin')
  @ApiOperation({ summary: 'Edit title, summary, domains or handling option' })
  @ApiOkResponse({ type: CaseDetailDto })
  @ApiConflictResponse({ description: 'The case changed meanwhile.' })
  update(
    @Param('id', uuid) id: string,
    @Body() dto: UpdateCaseDto,
    @CurrentUser() user: RequestUser,
  ): Promise<CaseDetailDto> {
    return this.cases.update(id, dto, userActor(user));
  }
}
