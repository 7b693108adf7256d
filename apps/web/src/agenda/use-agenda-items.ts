// Every agenda item the signed-in user may see (a liaison: those at their own tables), read page by
// page: the overview groups and sorts them all, so it needs them all rather than the newest fifty.
import { useCallback } from 'react';
import { useApi } from '../api/api-context';
import { useLoad } from '../staff/load-state';
import type { AgendaItem } from './agenda-types';

const PAGE_SIZE = 200;
/** A safety stop: 2,000 items is far beyond what a network organisation has on national agendas. */
const MAX_PAGES = 10;

export function useAgendaItems() {
  const api = useApi();
  const request = useCallback(async () => {
    const items: AgendaItem[] = [];
    let cursor: string | undefined;
    for (let page = 1; ; page += 1) {
      const { data, response } = await api.GET('/api/agenda-items', {
        params: { query: { limit: PAGE_SIZE, cursor } },
      });
      if (!data) return { data: undefined, response };
      items.push(...data.items);
      if (!data.nextCursor || page === MAX_PAGES) return { data: items, response };
      cursor = data.nextCursor;
    }
  }, [api]);
  return useLoad(request);
}
