import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@app/config';
import { buildDataSourceOptions } from './data-source-options';

/** Connects to Postgres and runs pending migrations on start (never synchronize). */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        buildDataSourceOptions(config.DATABASE_URL, { migrationsRun: true, retryAttempts: 0 } as object),
    }),
  ],
})
export class PersistenceModule {}
