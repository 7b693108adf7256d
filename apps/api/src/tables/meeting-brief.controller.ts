import { Controller, Get, Param, ParseUUIDPipe, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Roles } from '../auth/access.decorator';
import { clientIp } from '../auth/client-ip';
import { CurrentUser } from '../auth/current-user.decorator';
import type { RequestUser } from '../auth/request-user';
import { requestLocale } from '../common/locale';
import { MeetingBriefQuery } from './dto/meeting-brief.query';
import { writeMeetingBriefPdf } from './meeting-brief.pdf-writer';
import { renderMeetingBrief } from './meeting-brief.renderer';
import { MeetingBriefService } from './meeting-brief.service';

const BRIEF_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
};

@ApiTags('tables')
@Controller('tables')
export class MeetingBriefController {
  constructor(private readonly briefs: MeetingBriefService) {}

  @Get(':id/brief')
  @Roles('adviser', 'admin', 'liaison')
  @ApiOperation({
    summary: 'The meeting brief for a table: per case on its agenda, anonymised, as a printable page',
    description:
      "Per case whose item here has no outcome yet (optionally only one theme's): the bottleneck, how broadly it is recognised, its root causes per cause area, the handling option and what is asked of this table. Names no submitter; quotes only signals whose submitters consented to publication. Dutch, or English with Accept-Language: en. A liaison gets the brief of their own tables only. format=pdf gives the same brief as a PDF document.",
  })
  @ApiProduces('text/html', 'application/pdf')
  @ApiOkResponse({
    description: 'The brief as an HTML page, or a PDF with format=pdf',
    schema: { type: 'string' },
  })
  @ApiNotFoundResponse({ description: 'No such table or theme, or not a table of yours (the same answer).' })
  async brief(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: MeetingBriefQuery,
    @CurrentUser() user: RequestUser,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string | StreamableFile> {
    const model = await this.briefs.brief(
      {
        tableId: id,
        format: query.format ?? 'html',
        themeId: query.themeId ?? null,
        locale: requestLocale(request),
        ip: clientIp(request),
      },
      user,
    );
    // Set only on success (an error stays JSON). The page stands alone: no scripts, nothing loaded from
    // elsewhere, not framed, not cached.
    response.set(BRIEF_HEADERS);
    if (query.format === 'pdf') {
      response.set('Content-Type', 'application/pdf');
      response.set(
        'Content-Disposition',
        `inline; filename="${briefFileName(model.tableName, model.preparedOn)}.pdf"`,
      );
      return new StreamableFile(await writeMeetingBriefPdf(model));
    }
    response.set('Content-Type', 'text/html; charset=utf-8');
    return renderMeetingBrief(model);
  }
}

/** A file name without anything a header could trip over: letters, digits and dashes. */
function briefFileName(tableName: string, preparedOn: string): string {
  const slug = tableName
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `vergaderstuk-${slug || 'tafel'}-${preparedOn}`;
}
