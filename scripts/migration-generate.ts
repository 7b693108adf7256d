// Generates a migration from the difference between the entities and the committed migrations.
// Usage: npm run migration:generate -- DescriptiveName
import { writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '@app/config';
import { diffEntitiesAgainstMigrations, type SchemaStatement } from '@app/persistence';

const MIGRATIONS_DIR = join(__dirname, '..', 'libs', 'persistence', 'src', 'migrations');

function writeIndex(): void {
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d+-.+\.ts$/.test(f))
    .sort();
  const classes = files.map((f) => ({
    file: f.replace(/\.ts$/, ''),
    name: f.replace(/^(\d+)-(.+)\.ts$/, '$2$1'),
  }));
  const body = [
    '// Every migration, in order. New ones are generated with `npm run migration:generate -- Name`.',
    ...classes.map((c) => `import { ${c.name} } from './${c.file}';`),
    '',
    `export const MIGRATIONS = [${classes.map((c) => c.name).join(', ')}];`,
    '',
  ].join('\n');
  writeFileSync(join(MIGRATIONS_DIR, 'index.ts'), body);
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error('Usage: npm run migration:generate -- DescriptiveName (PascalCase)');
    process.exit(2);
  }
  const diff = await diffEntitiesAgainstMigrations(loadConfig().DATABASE_URL);
  if (diff.up.length === 0) {
    console.log('No changes: the entities match the migrations.');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const indent = (statements: SchemaStatement[]) =>
    statements
      .map(({ query, parameters }) => {
        // typeorm_metadata rows name their database: use the one the migration runs in, not the scratch one.
        const args = parameters?.length
          ? `, ${JSON.stringify(parameters).replaceAll(JSON.stringify(diff.database), 'await queryRunner.getCurrentDatabase()')}`
          : '';
        return `    await queryRunner.query(${JSON.stringify(query)}${args});`;
      })
      .join('\n');
  const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${indent(diff.up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${indent(diff.down)}
  }
}
`;
  writeFileSync(join(MIGRATIONS_DIR, `${timestamp}-${name}.ts`), source);
  writeIndex();
  console.log(`Wrote migrations/${timestamp}-${name}.ts with ${diff.up.length} statement(s).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
