// Jobs that failed every attempt: BullMQ will not try them again, so a person has to see them.
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobFailureEntity } from '@app/persistence';
import { Roles } from '../auth/access.decorator';

export class JobFailureDto {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  jobName!: string;

  @ApiProperty()
  jobId!: string;

  @ApiProperty({ type: 'object', additionalProperties: true })
  payload!: Record<string, unknown>;

  @ApiProperty()
  attempts!: number;

  @ApiProperty()
  error!: string;

  @ApiProperty()
  failedAt!: Date;
}

@ApiTags('jobs')
@Controller('job-failures')
@Roles('adviser', 'admin')
export class JobFailureController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Jobs that failed their last attempt, newest first' })
  @ApiOkResponse({ type: [JobFailureDto] })
  async list(): Promise<JobFailureDto[]> {
    const rows = await this.dataSource
      .getRepository(JobFailureEntity)
      .find({ order: { id: 'DESC' }, take: 200 });
    return rows.map(({ id, jobName, jobId, payload, attempts, error, failedAt }) => ({
      id,
      jobName,
      jobId,
      payload,
      attempts,
      error,
      failedAt,
    }));
  }
}
