// A form's values kept as one object and changed a field at a time as someone types, the same in every
// form that has a draft.
import { useState } from 'react';

export function useDraft<D extends object>(initial: D | (() => D)) {
  const [draft, setDraft] = useState<D>(initial);
  const update = <K extends keyof D>(field: K, value: D[K]) =>
    setDraft((current) => ({ ...current, [field]: value }));
  return [draft, update, setDraft] as const;
}
