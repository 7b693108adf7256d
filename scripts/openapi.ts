// The OpenAPI document is an artifact generated from the code and committed as openapi.json.
// `npm run openapi:write` regenerates it; `npm run openapi:check` fails when the code and the
// committed document differ (CI runs it), so no route changes without its contract changing too.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { ApiModule } from '../apps/api/src/api.module';
import { buildOpenApiDocument } from '../apps/api/src/configure-app';

const FILE = join(__dirname, '..', 'openapi.json');

async function main(mode: string): Promise<void> {
  // Preview mode builds the module graph without creating providers: no database or Redis needed.
  const app = await NestFactory.create(ApiModule, { preview: true, logger: false });
  app.setGlobalPrefix('api');
  const document = `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  await app.close();
  if (mode === 'write') {
    writeFileSync(FILE, document);
    console.log('Wrote openapi.json');
    return;
  }
  const committed = readFileSync(FILE, 'utf8');
  if (committed !== document) {
    console.error('openapi.json differs from the code: run npm run openapi:write and commit the result.');
    process.exit(1);
  }
  console.log('openapi.json matches the code.');
}

main(process.argv[2] ?? 'check').catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
