import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../auth/access.decorator';
import { clientIp } from '../auth/client-ip';
import { RateLimitService } from '../auth/rate-limit.service';
import { SharedBottleneckDto, SimilarBottlenecksQueryDto } from './similar-bottlenecks.dto';
import { SimilarBottlenecksService } from './similar-bottlenecks.service';

@ApiTags('public')
@Controller('public')
export class PublicSimilarController {
  constructor(
    private readonly similar: SimilarBottlenecksService,
    private readonly rateLimits: RateLimitService,
  ) {}

  // POST, not GET: the text someone is typing stays out of URLs and logs.
  @Post('similar-bottlenecks')
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary: 'Shared bottlenecks that look like a signal being written (for the form, before sending)',
  })
  @ApiOkResponse({ type: [SharedBottleneckDto] })
  @ApiTooManyRequestsResponse({ description: 'Too many look-ups from this address.' })
  async find(
    @Body() query: SimilarBottlenecksQueryDto,
    @Req() request: Request,
  ): Promise<SharedBottleneckDto[]> {
    await this.rateLimits.consume('public_search_ip', clientIp(request));
    return this.similar.find(query);
  }
}
