// How many members an audience holds now, asked again (after a short pause) whenever it changes, so
// the adviser sees the reach of a targeted call while choosing who gets it.
import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import { isAudienceChosen, type Audience } from './call-types';

export type AudienceCount =
  { status: 'none' } | { status: 'counting' } | { status: 'ready'; size: number } | { status: 'failed' };

const PAUSE_MS = 300;

export function useAudienceSize(audience: Audience | null): AudienceCount {
  const api = useApi();
  const key =
    audience && isAudienceChosen(audience)
      ? JSON.stringify(
          audience.everyone
            ? { everyone: true, domains: [], regions: [] }
            : { everyone: false, domains: [...audience.domains].sort(), regions: [...audience.regions] },
        )
      : null;
  const [result, setResult] = useState<{ key: string; size?: number }>();

  useEffect(() => {
    if (!key) return;
    let current = true;
    const chosen = JSON.parse(key) as Audience;
    const timer = setTimeout(() => {
      api
        .GET('/api/calls/audience-size', {
          params: {
            query: {
              domains: chosen.domains.length > 0 ? [...chosen.domains] : undefined,
              regions: chosen.regions.length > 0 ? [...chosen.regions] : undefined,
              everyone: chosen.everyone || undefined,
            },
          },
        })
        .then(({ data }) => current && setResult({ key, size: data?.size }))
        .catch(() => current && setResult({ key }));
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, key]);

  if (!key) return { status: 'none' };
  if (result?.key !== key) return { status: 'counting' };
  return result.size === undefined ? { status: 'failed' } : { status: 'ready', size: result.size };
}
