// The DataSource the TypeORM CLI and the migration scripts use.
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { buildDataSourceOptions } from './data-source-options';

export default new DataSource(buildDataSourceOptions(loadConfig().DATABASE_URL));
