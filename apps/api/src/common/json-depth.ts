// A request body nested deeper than any DTO could use is refused right after parsing: class-transformer
// and class-validator walk a body recursively and would run out of stack (a 500) on `[[[[…]]]]` that
// fits easily within the size limit.
import type { NextFunction, Request, Response } from 'express';

/** Deeper than any body the API accepts (an analysis, the deepest, nests four levels). */
export const MAX_JSON_DEPTH = 32;

/** Whether a parsed JSON value nests objects or arrays deeper than `max`; iterative, so any depth is safe. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(current)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** The error a body parser would raise, so the exception filter answers it like any unusable body. */
export class BodyTooDeepError extends Error {
  readonly status = 400;
  readonly type = 'entity.too.deep';

  constructor(readonly maxDepth: number) {
    super(`The request body nests deeper than ${maxDepth} levels`);
  }
}

/** Express middleware for after the body parsers. */
export function rejectDeepBodies(max = MAX_JSON_DEPTH) {
  return (request: Request, _response: Response, next: NextFunction): void => {
    next(nestsDeeperThan(request.body, max) ? new BodyTooDeepError(max) : undefined);
  };
}
