import { Controller, Get, Header, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorator';
import { InsightDto, InsightPageDto } from './dto/insight-view.dto';
import { ListInsightsQuery } from './dto/list-publications.query';
import { PublicInsightService } from './public-insight.service';

/** What the network shared (step 5), for everyone: published items only, without anyone's identity. */
@ApiTags('public')
@Controller('public')
@Public()
export class PublicInsightController {
  constructor(private readonly insights: PublicInsightService) {}

  @Get('insights')
  @ApiOperation({ summary: 'Published insights, newest first, a page at a time' })
  @ApiOkResponse({ type: InsightPageDto })
  list(@Query() query: ListInsightsQuery): Promise<InsightPageDto> {
    return this.insights.list(query);
  }

  @Get('insights.atom')
  @Header('Content-Type', 'application/atom+xml; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=300')
  @ApiProduces('application/atom+xml')
  @ApiOperation({ summary: 'The 50 newest insights as an Atom feed' })
  @ApiOkResponse({ description: 'An Atom 1.0 feed.', schema: { type: 'string' } })
  feed(): Promise<string> {
    return this.insights.atomFeed();
  }

  @Get('insights/:id')
  @ApiOperation({ summary: 'One published insight' })
  @ApiOkResponse({ type: InsightDto })
  @ApiNotFoundResponse({ description: 'No such published insight.' })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<InsightDto> {
    return this.insights.get(id);
  }
}
