// Before sending: bottlenecks the network already shares that look like what is being typed, so
// someone sees they are not alone (and their signal still counts). Looked up once typing pauses.
import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n-context';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';

type SharedBottleneck = components['schemas']['SharedBottleneckDto'];

interface Props {
  title: string;
  description: string;
}

/** Wait for a pause in typing before asking, and only once there is enough text to compare. */
const PAUSE_MS = 700;
const MIN_TITLE = 5;
const MIN_DESCRIPTION = 20;

export function SimilarSharedBottlenecks({ title, description }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const [found, setFound] = useState<SharedBottleneck[]>([]);
  const enough = title.trim().length >= MIN_TITLE && description.trim().length >= MIN_DESCRIPTION;

  useEffect(() => {
    if (!enough) return;
    let current = true;
    const timer = setTimeout(() => {
      void api
        .POST('/api/public/similar-bottlenecks', {
          body: { title: title.trim(), description: description.trim() },
        })
        .then(({ data }) => {
          if (current) setFound(data ?? []);
        })
        // Only a help while typing: when the look-up fails, the form works as before.
        .catch(() => undefined);
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, enough, title, description]);

  if (!enough || found.length === 0) return null;
  return (
    <section className="similar-shared" aria-live="polite" aria-labelledby="similar-shared-heading">
      <Heading level={2} id="similar-shared-heading">
        {t('form.similar.heading')}
      </Heading>
      <Paragraph>{t('form.similar.intro')}</Paragraph>
      <ul className="utrecht-unordered-list">
        {found.map((bottleneck) => (
          <li key={bottleneck.reference} className="utrecht-unordered-list__item">
            {bottleneck.title} ({bottleneck.reference})
          </li>
        ))}
      </ul>
      <Paragraph>{t('form.similar.stillSend')}</Paragraph>
    </section>
  );
}
