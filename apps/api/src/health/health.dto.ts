import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class OutboxHealthDto {
  @ApiProperty({ description: 'Jobs committed but not yet handed to the queue' })
  pending!: number;

  @ApiProperty()
  oldestPendingSeconds!: number;
}

export class PostgresHealthDto {
  @ApiProperty({ enum: ['up', 'down'] })
  status!: 'up' | 'down';

  @ApiProperty()
  latencyMs!: number;

  @ApiPropertyOptional({ type: OutboxHealthDto })
  outbox?: OutboxHealthDto;

  @ApiPropertyOptional()
  error?: string;
}

export class RedisHealthDto {
  @ApiProperty({ enum: ['up', 'down'] })
  status!: 'up' | 'down';

  @ApiProperty()
  latencyMs!: number;

  @ApiPropertyOptional({
    description: 'Per queue: waiting, active, delayed and failed jobs, and connected workers',
    additionalProperties: { type: 'object', additionalProperties: { type: 'number' } },
  })
  queues?: Record<string, Record<string, number>>;

  @ApiPropertyOptional()
  error?: string;
}

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'degraded', 'down'] })
  status!: 'ok' | 'degraded' | 'down';

  @ApiProperty({ enum: ['services'], description: 'Which Postgres and Redis are in use' })
  mode!: 'services';

  @ApiProperty({ type: PostgresHealthDto })
  postgres!: PostgresHealthDto;

  @ApiProperty({ type: RedisHealthDto })
  redis!: RedisHealthDto;
}
