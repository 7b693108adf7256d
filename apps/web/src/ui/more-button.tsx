// "More" under a list served a page at a time: there while a next page is, busy (and not pressed twice)
// while it loads.
import { Button } from '@utrecht/button-react';
import type { ReactNode } from 'react';

interface Props {
  nextCursor: string | null | undefined;
  loading: boolean;
  onMore: () => Promise<void>;
  children: ReactNode;
}

export function MoreButton({ nextCursor, loading, onMore, children }: Props) {
  if (!nextCursor) return null;
  return (
    <Button
      appearance="secondary-action-button"
      busy={loading}
      disabled={loading}
      onClick={() => void onMore()}
    >
      {children}
    </Button>
  );
}
