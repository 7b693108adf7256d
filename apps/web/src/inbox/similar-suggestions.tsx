// The similar signals and cases the triage found, by title and reference. The suggestions name only
// ids, so the titles are fetched here, one request per suggestion (there are a handful at most).
import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n-context';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';

type Similar = components['schemas']['SimilarSuggestionDto'];

export interface NamedCase {
  id: string;
  reference: string;
  title: string;
}

interface Named {
  signal?: { reference: string; title: string };
  case?: NamedCase;
}

/** Fetches the reference and title of each similar signal and its case. */
export function useNamedSuggestions(similar: readonly Similar[]): Record<string, Named> {
  const api = useApi();
  const [named, setNamed] = useState<Record<string, Named>>({});
  const key = similar.map((s) => `${s.signalId}:${s.caseId ?? ''}`).join(',');

  useEffect(() => {
    let current = true;
    const wanted = key ? key.split(',').map((pair) => pair.split(':') as [string, string]) : [];
    void Promise.all(
      wanted.map(async ([signalId, caseId]): Promise<[string, Named]> => {
        const [signal, found] = await Promise.all([
          api.GET('/api/signals/{id}', { params: { path: { id: signalId } } }).catch(() => undefined),
          caseId
            ? api.GET('/api/cases/{id}', { params: { path: { id: caseId } } }).catch(() => undefined)
            : undefined,
        ]);
        return [
          signalId,
          {
            signal: signal?.data && { reference: signal.data.reference, title: signal.data.title },
            case: found?.data && {
              id: found.data.id,
              reference: found.data.reference,
              title: found.data.title,
            },
          },
        ];
      }),
    ).then((entries) => current && setNamed(Object.fromEntries(entries)));
    return () => {
      current = false;
    };
  }, [api, key]);

  return named;
}

interface Props {
  similar: readonly Similar[];
  named: Record<string, Named>;
}

export function SimilarSuggestions({ similar, named }: Props) {
  const { t } = useI18n();
  if (similar.length === 0) return <Paragraph>{t('inbox.detail.noSimilar')}</Paragraph>;
  return (
    <ul className="utrecht-unordered-list sr-similar">
      {similar.map((suggestion) => {
        const found = named[suggestion.signalId];
        return (
          <li key={suggestion.signalId} className="utrecht-unordered-list__item">
            <strong>
              {found?.signal ? `${found.signal.reference}: ${found.signal.title}` : t('layout.loading')}
            </strong>{' '}
            ({t('inbox.detail.score', { percent: Math.round(suggestion.score * 100) })}),{' '}
            {found?.case ? (
              <RouterLink to={`/knelpunten/${found.case.id}`}>
                {t('inbox.detail.inCase', { reference: found.case.reference, title: found.case.title })}
              </RouterLink>
            ) : suggestion.caseId ? (
              t('layout.loading')
            ) : (
              t('inbox.detail.signalOnly')
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The distinct cases among the suggestions, most similar first: the targets for "link to". */
export function suggestedCases(similar: readonly Similar[], named: Record<string, Named>): NamedCase[] {
  const cases: NamedCase[] = [];
  for (const suggestion of [...similar].sort((a, b) => b.score - a.score)) {
    const found = named[suggestion.signalId]?.case;
    if (found && !cases.some((c) => c.id === found.id)) cases.push(found);
  }
  return cases;
}
