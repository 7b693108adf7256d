// The committed OpenAPI document as a list of operations the fuzz tests call: path, parameters,
// request body schema and the statuses each operation declares.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  additionalProperties?: boolean | Schema;
  nullable?: boolean;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** `/api/cases/{id}` as documented. */
  path: string;
  /** `GET /api/cases/:id`, the key the route inventory uses. */
  key: string;
  parameters: Parameter[];
  body: Schema | null;
  declared: number[];
}

interface Document {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Parameter[];
        requestBody?: { content: Record<string, { schema: Schema }> };
        responses: Record<string, unknown>;
      }
    >
  >;
  components: { schemas: Record<string, Schema> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

export function readOpenApiDocument(): Document {
  return JSON.parse(readFileSync(join(__dirname, '../../../openapi.json'), 'utf8')) as Document;
}

export function listOperations(document: Document): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      operations.push({
        method,
        path,
        key: `${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`,
        parameters: operation.parameters ?? [],
        body: operation.requestBody?.content['application/json']?.schema ?? null,
        declared: Object.keys(operation.responses).map(Number),
      });
    }
  }
  return operations;
}

/** Follows `$ref` and merges `allOf`, so a generator sees one plain schema. */
export function resolveSchema(document: Document, schema: Schema): Schema {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = document.components.schemas[name];
    if (!target) throw new Error(`Unknown schema ${schema.$ref}`);
    return resolveSchema(document, { ...target, nullable: schema.nullable ?? target.nullable });
  }
  if (schema.allOf) {
    const { allOf, ...rest } = schema;
    return allOf.reduce<Schema>(
      (merged, part) => {
        const resolved = resolveSchema(document, part);
        return {
          ...merged,
          ...resolved,
          properties: { ...merged.properties, ...resolved.properties },
          required: [...(merged.required ?? []), ...(resolved.required ?? [])],
        };
      },
      { ...rest },
    );
  }
  return schema;
}
