import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobFailureEntity } from '@app/persistence';

/** Keeps a job that failed its last attempt where staff see it (GET /api/job-failures). */
@Injectable()
export class JobFailureRecorder {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(failure: {
    jobName: string;
    jobId: string;
    payload: unknown;
    attempts: number;
    error: string;
  }): Promise<void> {
    const row = new JobFailureEntity();
    row.jobName = failure.jobName;
    row.jobId = failure.jobId;
    row.payload =
      typeof failure.payload === 'object' && failure.payload !== null ? { ...failure.payload } : {};
    row.attempts = failure.attempts;
    row.error = failure.error.slice(0, 4000);
    await this.dataSource.getRepository(JobFailureEntity).save(row);
  }
}
