import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@app/config';
import { buildDataSourceOptions } from './data-source-options';

/** Connects to Postgres. Migrations run before boot (see migrate.ts); synchronize never. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        // Fail at once: the preflight already told a person what is missing.
        ({ ...buildDataSourceOptions(config.DATABASE_URL), retryAttempts: 0 }),
    }),
  ],
})
export class PersistenceModule {}
