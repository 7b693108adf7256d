import { Body, Controller, Get, Param, Put, Req } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../auth/access.decorator';
import { clientIp } from '../auth/client-ip';
import { requestLocale } from '../common/locale';
import { RateLimit } from '../common/rate-limit.decorator';
import { ApiAnalysisSaveResponses } from './analysis-save-responses.decorator';
import { AnalysisService } from './analysis.service';
import { AnalysisWorkspaceDto } from './dto/analysis-view.dto';
import { SaveAnalysisDto } from './dto/save-analysis.dto';

// Public, but the private link's 256-bit token is the key: like the tracking link, an unknown, malformed
// or expired token gets one 404 answer, so nothing can be learnt by guessing.
@ApiTags('analyses')
@Controller('expert-links/:token')
export class ExpertLinkController {
  constructor(private readonly analyses: AnalysisService) {}

  @Get()
  @Public()
  @RateLimit('token_lookup_ip')
  @ApiOperation({ summary: "An external expert's analysis and case, through their private link" })
  @ApiOkResponse({ type: AnalysisWorkspaceDto })
  @ApiNotFoundResponse({ description: 'Unknown, malformed or expired link (the same answer).' })
  read(@Param('token') token: string): Promise<AnalysisWorkspaceDto> {
    return this.analyses.workspaceByLink(token);
  }

  @Put('analysis')
  @Public()
  @RateLimit('token_answer_ip')
  @ApiOperation({ summary: "Save or submit an external expert's analysis, through their private link" })
  @ApiAnalysisSaveResponses()
  @ApiNotFoundResponse({ description: 'Unknown, malformed or expired link (the same answer).' })
  save(
    @Param('token') token: string,
    @Body() dto: SaveAnalysisDto,
    @Req() request: Request,
  ): Promise<AnalysisWorkspaceDto> {
    return this.analyses.saveByLink(token, dto, requestLocale(request), clientIp(request));
  }
}
