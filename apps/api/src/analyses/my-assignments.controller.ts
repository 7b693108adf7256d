import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import type { RequestUser } from '../auth/request-user';
import { AnalysisService } from './analysis.service';
import { MyAssignmentDto } from './dto/my-assignment.dto';

@ApiTags('me')
@Controller('me/assignments')
@Roles('expert')
export class MyAssignmentsController {
  constructor(private readonly analyses: AnalysisService) {}

  @Get()
  @ApiOperation({
    summary: 'The cases I am asked to analyse, soonest due first, with where my analysis stands',
  })
  @ApiOkResponse({ type: [MyAssignmentDto] })
  list(@CurrentUser() user: RequestUser): Promise<MyAssignmentDto[]> {
    return this.analyses.mine(user.id);
  }
}
