// Fails when the entities and the committed migrations have drifted apart.
import { loadConfig } from '@app/config';
import { diffEntitiesAgainstMigrations } from '@app/persistence';

diffEntitiesAgainstMigrations(loadConfig().DATABASE_URL)
  .then((diff) => {
    if (diff.up.length === 0) {
      console.log('Migrations match the entities.');
      return;
    }
    console.error('The entities differ from the migrations; run npm run migration:generate -- Name:');
    for (const statement of diff.up) console.error(`  ${statement.query}`);
    process.exit(1);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
