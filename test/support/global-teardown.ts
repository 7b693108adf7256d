// jest loads global setup/teardown outside its module map, so aliases do not resolve here: relative imports.
import { dropDatabase } from '../../libs/persistence/src/database-admin';
import { testServerUrl } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const template = process.env.TEST_TEMPLATE_DATABASE;
  if (template) await dropDatabase(testServerUrl(), template);
}
