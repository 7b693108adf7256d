// The web app talks to the API only through types generated from the committed openapi.json, so a
// changed route breaks the web build instead of the user. `npm run web:api-types` regenerates
// apps/web/src/api/schema.ts; `npm run web:api-types:check` (part of `npm run check`) fails when the
// generated file is out of date with openapi.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

const ROOT = join(__dirname, '..');
const DOCUMENT = join(ROOT, 'openapi.json');
const OUTPUT = join(ROOT, 'apps', 'web', 'src', 'api', 'schema.ts');
const HEADER =
  '// Generated from openapi.json by `npm run web:api-types` (openapi-typescript). Do not edit by hand.\n\n';

async function generate(): Promise<string> {
  const document = JSON.parse(readFileSync(DOCUMENT, 'utf8')) as Parameters<typeof openapiTS>[0];
  // enumValues: runtime arrays of each enum (domains, roles), so the form's options come from the contract.
  const ast = await openapiTS(document, { enumValues: true, alphabetize: false });
  return HEADER + astToString(ast);
}

async function main(mode: string): Promise<void> {
  const generated = await generate();
  if (mode === 'write') {
    writeFileSync(OUTPUT, generated);
    console.log('Wrote apps/web/src/api/schema.ts');
    return;
  }
  let committed = '';
  try {
    committed = readFileSync(OUTPUT, 'utf8');
  } catch {
    // A missing file is out of date too.
  }
  if (committed !== generated) {
    console.error(
      'apps/web/src/api/schema.ts differs from openapi.json: run npm run web:api-types and commit the result.',
    );
    process.exit(1);
  }
  console.log('apps/web/src/api/schema.ts matches openapi.json.');
}

main(process.argv[2] ?? 'check').catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
