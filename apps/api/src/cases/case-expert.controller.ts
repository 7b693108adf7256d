import { Body, Controller, Delete, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import {
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

const uuid = new ParseUUIDPipe();

@ApiTags('cases')
@Controller('cases/:id/experts')
@Roles('adviser', 'admin')
export class CaseExpertController {
  constructor(private readonly assignments: CaseAssignmentService) {}

  @Post()
  // 200 whether the expert is new on the case or already there: the answer is the list either way.
  @HttpCode(200)
  @ApiOperation({ summary: 'Assign an expert to the case (again is fine); answers the assigned experts' })
  @ApiOkResponse({ type: [AssignedExpertDto] })
  @ApiNotFoundResponse()
  @ApiUnprocessableEntityResponse({ description: 'The user is not an active expert.' })
  assign(
    @Param('id', uuid) id: string,
    @Body() dto: AssignExpertDto,
    @CurrentUser() user: RequestUser,
    @Req() request: Request,
  ): Promise<AssignedExpertDto[]> {
    return this.assignments.assign(id, dto.expertId, user, clientIp(request));
  }

  @Delete(':expertId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Take an expert off the case; they no longer see it' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse()
  async unassign(
    @Param('id', uuid) id: string,
    @Param('expertId', uuid) expertId: string,
    @CurrentUser() user: RequestUser,
    @Req() request: Request,
  ): Promise<void> {
    await this.assignments.unassign(id, expertId, user, clientIp(request));
  }
}
