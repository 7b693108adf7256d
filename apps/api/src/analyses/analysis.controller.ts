import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Req } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Roles } from '../auth/access.decorator';
import { clientIp } from '../auth/client-ip';
import { CurrentUser } from '../auth/current-user.decorator';
import type { RequestUser } from '../auth/request-user';
import { requestLocale } from '../common/locale';
import { ApiAnalysisSaveResponses } from './analysis-save-responses.decorator';
import { AnalysisService } from './analysis.service';
import { AnalysisWorkspaceDto } from './dto/analysis-view.dto';
import { SaveAnalysisDto } from './dto/save-analysis.dto';

const uuid = new ParseUUIDPipe();

@ApiTags('analyses')
@Controller('assignments/:assignmentId/analysis')
export class AnalysisController {
  constructor(private readonly analyses: AnalysisService) {}

  @Get()
  @Roles('expert', 'adviser', 'admin')
  @ApiOperation({
    summary: 'An analysis with the case context the expert needs (no submitter identity) and its versions',
    description:
      'Experts reach only their own assignments; advisers and admins read any. Empty draft before the first save.',
  })
  @ApiOkResponse({ type: AnalysisWorkspaceDto })
  @ApiNotFoundResponse({ description: 'No such assignment, or not yours (the same answer).' })
  read(
    @Param('assignmentId', uuid) assignmentId: string,
    @CurrentUser() user: RequestUser,
  ): Promise<AnalysisWorkspaceDto> {
    return this.analyses.workspace(assignmentId, user);
  }

  @Put()
  @Roles('expert')
  @ApiOperation({
    summary: 'Save my analysis as a draft, or submit it',
    description:
      'Every save is kept as a version. Submitting needs every cause area answered, an explanation where one plays a role, a root-cause summary and a proposed handling option. A submitted analysis changes only by submitting again.',
  })
  @ApiAnalysisSaveResponses()
  @ApiNotFoundResponse({ description: 'No such assignment, or not yours (the same answer).' })
  save(
    @Param('assignmentId', uuid) assignmentId: string,
    @Body() dto: SaveAnalysisDto,
    @CurrentUser() user: RequestUser,
    @Req() request: Request,
  ): Promise<AnalysisWorkspaceDto> {
    return this.analyses.save(assignmentId, user, dto, requestLocale(request), clientIp(request));
  }
}
