// Which signals the adviser ticked for a bulk action: id to reference, so a failure can be named.

export type Selection = ReadonlyMap<string, string>;

export const NO_SELECTION: Selection = new Map();

export function toggled(selection: Selection, id: string, reference: string): Selection {
  const next = new Map(selection);
  if (next.has(id)) next.delete(id);
  else next.set(id, reference);
  return next;
}

export function without(selection: Selection, ids: Iterable<string>): Selection {
  const next = new Map(selection);
  for (const id of ids) next.delete(id);
  return next;
}
