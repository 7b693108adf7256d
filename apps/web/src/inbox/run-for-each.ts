export interface BulkResult {
  done: string[];
  /** References of the signals where it did not work, e.g. someone else decided on them meanwhile. */
  failed: string[];
}

/** Runs `action` for each signal one after the other (the API decides on one signal per request). */
export async function runForEach(
  signals: ReadonlyMap<string, string>,
  action: (id: string) => Promise<{ response: Response }>,
): Promise<BulkResult> {
  const result: BulkResult = { done: [], failed: [] };
  for (const [id, reference] of signals) {
    try {
      const { response } = await action(id);
      if (response.ok) result.done.push(id);
      else result.failed.push(reference);
    } catch {
      result.failed.push(reference);
    }
  }
  return result;
}
