import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import type { RequestUser } from '../auth/request-user';
import { AnalysisService } from './analysis.service';
import { CaseAnalysisDto } from './dto/case-analysis.dto';

@ApiTags('cases')
@Controller('cases/:id/analyses')
export class CaseAnalysesController {
  constructor(private readonly analyses: AnalysisService) {}

  @Get()
  @Roles('adviser', 'admin', 'expert')
  @ApiOperation({
    summary: "The experts' analyses of a case, with author and version",
    description:
      'Advisers and admins see drafts and submitted analyses; an expert assigned to the case sees the submitted ones and their own.',
  })
  @ApiOkResponse({ type: [CaseAnalysisDto] })
  @ApiNotFoundResponse({ description: 'No such case, or not one you may see (the same answer).' })
  list(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: RequestUser,
  ): Promise<CaseAnalysisDto[]> {
    return this.analyses.ofCase(id, user);
  }
}
