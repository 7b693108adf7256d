import { Controller, Get, Param, Req } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../auth/access.decorator';
import { requestLocale } from '../common/locale';
import { RateLimit } from '../common/rate-limit.decorator';
import { TrackingService } from './tracking.service';
import { TrackingViewDto } from './tracking-view.dto';

@ApiTags('tracking')
@Controller('track')
export class TrackingController {
  constructor(private readonly tracking: TrackingService) {}

  @Get(':token')
  @Public()
  @RateLimit('token_lookup_ip')
  @ApiOperation({ summary: "The submitter's view of one signal, through the private tracking link" })
  @ApiOkResponse({ type: TrackingViewDto })
  @ApiNotFoundResponse({ description: 'Unknown or malformed link (the same answer for both).' })
  view(@Param('token') token: string, @Req() request: Request): Promise<TrackingViewDto> {
    return this.tracking.view(token, requestLocale(request));
  }
}
