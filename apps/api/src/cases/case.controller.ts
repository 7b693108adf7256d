import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import type { RequestUser } from '../auth/request-user';
import { CaseService } from './case.service';
import { CaseTransitionDto } from './dto/case-transition.dto';
import { AllowedTransitionDto, CaseDetailDto, CasePageDto } from './dto/case-view.dto';
import { ListCasesQuery } from './dto/list-cases.query';
import { UpdateCaseDto } from './dto/update-case.dto';

const uuid = new ParseUUIDPipe();

// Who sees which of the cases is decided in case-visibility.ts; a case the caller may not see is a 404.
const CASE_READERS = ['adviser', 'admin', 'expert', 'liaison'] as const;

@ApiTags('cases')
@Controller('cases')
export class CaseController {
  constructor(private readonly cases: CaseService) {}

  @Get()
  @Roles(...CASE_READERS)
  @ApiOperation({
    summary: 'Cases (knelpunten), newest first, filtered',
    description:
      'Advisers and admins see every case, experts the cases assigned to them, liaisons the cases with an agenda item at one of their tables.',
  })
  @ApiOkResponse({ type: CasePageDto })
  list(@Query() query: ListCasesQuery, @CurrentUser() user: RequestUser): Promise<CasePageDto> {
    return this.cases.list(query, user);
  }

  @Get(':id')
  @Roles(...CASE_READERS)
  @ApiOperation({
    summary: 'One case with its signals, experts, history and the next steps you may take',
    description: 'Names no submitter, for any role. A case you may not see answers 404.',
  })
  @ApiOkResponse({ type: CaseDetailDto })
  @ApiNotFoundResponse({ description: 'No such case, or not one you may see (the same answer).' })
  detail(@Param('id', uuid) id: string, @CurrentUser() user: RequestUser): Promise<CaseDetailDto> {
    return this.cases.detail(id, user);
  }

  @Get(':id/transitions')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'The next steps you may take on this case, and what still blocks each' })
  @ApiOkResponse({ type: [AllowedTransitionDto] })
  @ApiNotFoundResponse({ description: 'No such case, or not one you may see (the same answer).' })
  transitions(
    @Param('id', uuid) id: string,
    @CurrentUser() user: RequestUser,
  ): Promise<AllowedTransitionDto[]> {
    return this.cases.transitions(id, user);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  // The transition table decides which of these roles may take which step, by the caller's own role.
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'Move the case to another step' })
  @ApiOkResponse({ type: CaseDetailDto })
  @ApiNotFoundResponse({ description: 'No such case, or not one you may see (the same answer).' })
  @ApiConflictResponse({
    description: 'The case changed meanwhile, or the step cannot be reached from here.',
  })
  @ApiUnprocessableEntityResponse({ description: 'A reason is required, or a guard blocks the step.' })
  transition(
    @Param('id', uuid) id: string,
    @Body() dto: CaseTransitionDto,
    @CurrentUser() user: RequestUser,
  ): Promise<CaseDetailDto> {
    return this.cases.transition(id, dto, user);
  }

  @Patch(':id')
  @Roles('adviser', 'admin')
  @ApiOperation({ summary: 'Edit title, summary, domains or handling option' })
  @ApiOkResponse({ type: CaseDetailDto })
  @ApiConflictResponse({ description: 'The case changed meanwhile.' })
  @ApiNotFoundResponse()
  update(
    @Param('id', uuid) id: string,
    @Body() dto: UpdateCaseDto,
    @CurrentUser() user: RequestUser,
  ): Promise<CaseDetailDto> {
    return this.cases.update(id, dto, user);
  }
}
