// What went wrong, read from an error answer. Error bodies have no schema in openapi.json, so they are
// read defensively: every API error has `message`, validation errors add `errors: [{ field, message }]`.

export interface FieldProblem {
  /** The field path as the API names it, e.g. `title` or `consent.contact`. */
  field: string;
  message: string;
}

export interface ApiProblem {
  status: number;
  /** The API's own explanation, in the requested language, when it gave one. */
  message: string | undefined;
  fieldProblems: FieldProblem[];
}

export function readProblem(status: number, body: unknown): ApiProblem {
  const record = isRecord(body) ? body : {};
  const message = typeof record.message === 'string' ? record.message : undefined;
  const errors = Array.isArray(record.errors) ? record.errors : [];
  const fieldProblems = errors.flatMap((error: unknown) =>
    isRecord(error) && typeof error.field === 'string' && typeof error.message === 'string'
      ? [{ field: error.field, message: error.message }]
      : [],
  );
  return { status, message, fieldProblems };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
