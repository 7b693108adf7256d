// A list the API serves in keyset pages (items + nextCursor): the first page when `fetchPage` changes
// (so memoise it on what it depends on), and "more" appended on request.
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';

export interface PageOf<T> {
  items: T[];
  nextCursor: string | null | undefined;
}

type FetchPage<T> = (cursor?: string) => Promise<{ data?: { items: T[]; nextCursor?: string | null } }>;

export interface PagedList<T> {
  page: PageOf<T> | undefined;
  failed: string | undefined;
  loadingMore: boolean;
  loadMore: () => Promise<void>;
}

export function usePagedList<T>(fetchPage: FetchPage<T>): PagedList<T> {
  const { t } = useI18n();
  const [page, setPage] = useState<PageOf<T>>();
  const [failed, setFailed] = useState<string>();
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    let current = true;
    fetchPage()
      .then(({ data }) => {
        if (!current) return;
        if (data) setPage({ items: data.items, nextCursor: data.nextCursor });
        else setFailed(t('common.unexpectedError'));
      })
      .catch(() => current && setFailed(t('common.networkError')));
    return () => {
      current = false;
    };
  }, [fetchPage, t]);

  const loadMore = async () => {
    if (!page?.nextCursor) return;
    setLoadingMore(true);
    try {
      const { data } = await fetchPage(page.nextCursor);
      if (data) setPage({ items: [...page.items, ...data.items], nextCursor: data.nextCursor });
    } catch {
      setFailed(t('common.networkError'));
    } finally {
      setLoadingMore(false);
    }
  };

  return { page, failed, loadingMore, loadMore };
}
