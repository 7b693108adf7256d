import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/access.decorator';
import { HealthDto } from './health.dto';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Postgres, Redis, queue and outbox health' })
  @ApiOkResponse({
    type: HealthDto,
    description: 'ok, or degraded when Redis is down (submissions still work)',
  })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'Postgres is down' })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    const result = await this.health.check();
    if (result.status === 'down') response.status(503);
    return result;
  }
}
