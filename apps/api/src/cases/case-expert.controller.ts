import { Body, Controller, Delete, HttpCode, Param, ParseUUIDPipe, Patch, Post, Req } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNoContentResponse,
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
import { CaseAssignmentService } from './case-assignment.service';
import { AssignExpertDto } from './dto/assign-expert.dto';
import { AssignedExpertDto } from './dto/case-view.dto';
import { UpdateAssignmentDto } from './dto/update-assignment.dto';

const uuid = new ParseUUIDPipe();

@ApiTags('cases')
@Controller('cases/:id/experts')
@Roles('adviser', 'admin')
export class CaseExpertController {
  constructor(private readonly assignments: CaseAssignmentService) {}

  @Post()
  // 200 whether the expert is new on the case or already there: the answer is the list either way.
  @HttpCode(200)
  @ApiOperation({
    summary: 'Assign a staff or external expert with a due date; answers the assigned experts',
    description:
      'Give expertId (a staff expert) or external {name, email}, not both. Assigning a staff expert (or external address) already on the case moves their due date. The expert is mailed; reminders follow at 09:00 Dutch time.',
  })
  @ApiOkResponse({ type: [AssignedExpertDto] })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The case is not in recognition or deepening.' })
  @ApiUnprocessableEntityResponse({
    description: 'Not exactly one of expertId/external, not an active expert, or a due date in the past.',
  })
  assign(
    @Param('id', uuid) id: string,
    @Body() dto: AssignExpertDto,
    @CurrentUser() user: RequestUser,
    @Req() request: Request,
  ): Promise<AssignedExpertDto[]> {
    return this.assignments.assign(id, dto, user, clientIp(request));
  }

  @Patch(':assignmentId')
  @ApiOperation({ summary: "Move an expert's due date; their reminders move with it" })
  @ApiOkResponse({ type: [AssignedExpertDto] })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The case is not in recognition or deepening.' })
  @ApiUnprocessableEntityResponse({ description: 'The due date is in the past.' })
  updateDueDate(
    @Param('id', uuid) id: string,
    @Param('assignmentId', uuid) assignmentId: string,
    @Body() dto: UpdateAssignmentDto,
    @CurrentUser() user: RequestUser,
    @Req() request: Request,
  ): Promise<AssignedExpertDto[]> {
    return this.assignments.updateDueDate(id, assignmentId, dto.dueOn, user, clientIp(request));
  }

  @Delete(':assignmentId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Take an expert off the case; they no longer see it (again is fine)' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The expert already saved an analysis, which must not be lost.' })
  async unassign(
    @Param('id', uuid) id: string,
    @Param('assignmentId', uuid) assignmentId: string,
    @CurrentUser() user: RequestUser,
    @Req() request: Request,
  ): Promise<void> {
    await this.assignments.unassign(id, assignmentId, user, clientIp(request));
  }
}
