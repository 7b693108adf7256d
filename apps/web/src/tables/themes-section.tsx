// The themes (opgaven) national routes work on, e.g. "Sociaal netwerk versterkend werken": advisers put
// cases under them, and a meeting brief can be limited to one. Admins add and change them here.
import { Button } from '@utrecht/button-react';
import { Textbox } from '@utrecht/textbox-react';
import { useCallback, useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { useFormErrors } from '../api/use-form-errors';
import { useI18n } from '../i18n/i18n-context';
import { useLoad } from '../staff/load-state';
import { LoadView } from '../staff/load-view';
import { OutcomeMessage, type Outcome } from '../staff/outcome-message';
import { problemErrors } from '../staff/problem-message';
import { ChoiceField } from '../ui/choice-field';
import { Field } from '../ui/field';
import { FormErrorSummary } from '../ui/form-error-summary';
import { Heading } from '../ui/heading';
import { OptionalLabel } from '../ui/optional-label';
import { Paragraph } from '../ui/paragraph';
import { Textarea } from '../ui/textarea';
import type { Theme } from './table-types';

export function ThemesSection() {
  const { t } = useI18n();
  const api = useApi();
  const request = useCallback(() => api.GET('/api/themes'), [api]);
  const { state, reload } = useLoad(request);
  const [outcome, setOutcome] = useState<Outcome>();
  const saved = (message: string) => {
    setOutcome({ type: 'ok', message });
    reload();
  };

  return (
    <section aria-labelledby="themes-heading" className="sr-section">
      <Heading level={2} id="themes-heading">
        {t('tables.themes.heading')}
      </Heading>
      <Paragraph>{t('tables.themes.intro')}</Paragraph>
      <OutcomeMessage outcome={outcome} />
      <LoadView state={state}>
        {(themes) =>
          themes.length === 0 ? (
            <Paragraph>{t('tables.themes.none')}</Paragraph>
          ) : (
            <ul className="sr-card-list">
              {themes.map((theme) => (
                <li key={theme.id} className="sr-card">
                  <Paragraph className="sr-card__title">
                    <strong>{theme.name}</strong>
                  </Paragraph>
                  <Paragraph className="sr-meta">
                    {t('tables.themes.caseCount', { count: theme.caseCount })}
                    {theme.nationalRoute && ` · ${theme.nationalRoute}`}
                    {!theme.active && ` · ${t('tables.inactive')}`}
                  </Paragraph>
                  {theme.description && <Paragraph className="sr-description">{theme.description}</Paragraph>}
                  <details className="sr-details">
                    <summary>{t('tables.themes.edit', { theme: theme.name })}</summary>
                    <ThemeForm
                      key={`${theme.id}-${theme.name}-${theme.active}`}
                      theme={theme}
                      onSaved={(data) => saved(t('tables.themes.saved', { theme: data.name }))}
                    />
                  </details>
                </li>
              ))}
            </ul>
          )
        }
      </LoadView>
      <Heading level={3}>{t('tables.themes.newHeading')}</Heading>
      <ThemeForm onSaved={(data) => saved(t('tables.themes.created', { theme: data.name }))} />
    </section>
  );
}

const FIELDS = ['name', 'description', 'nationalRoute', 'active'] as const;
type ThemeField = (typeof FIELDS)[number];

function ThemeForm({ theme, onSaved }: { theme?: Theme; onSaved: (theme: Theme) => void }) {
  const { t } = useI18n();
  const api = useApi();
  const prefix = theme ? `theme-${theme.id}` : 'theme-new';
  const [name, setName] = useState(theme?.name ?? '');
  const [description, setDescription] = useState(theme?.description ?? '');
  const [nationalRoute, setNationalRoute] = useState(theme?.nationalRoute ?? '');
  const [active, setActive] = useState(theme?.active ?? true);
  const { errors, summary, fail, clear } = useFormErrors(FIELDS, (field: ThemeField) => `${prefix}-${field}`);
  const [sending, setSending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    const body = {
      name: name.trim(),
      description: description.trim(),
      nationalRoute: nationalRoute.trim(),
      active,
    };
    setSending(true);
    try {
      const { data, error, response } = theme
        ? await api.PATCH('/api/themes/{id}', { params: { path: { id: theme.id } }, body })
        : await api.POST('/api/themes', { body });
      if (data) {
        clear();
        if (!theme) {
          setName('');
          setDescription('');
          setNationalRoute('');
          setActive(true);
        }
        onSaved(data);
        return;
      }
      fail(problemErrors(t, FIELDS, response.status, error));
    } catch {
      fail({ byField: {}, other: [t('common.networkError')] });
    } finally {
      setSending(false);
    }
  };

  return (
    <form noValidate className="sr-inline-form" onSubmit={(event) => void submit(event)}>
      <FormErrorSummary items={summary} />
      <Field id={`${prefix}-name`} label={t('tables.themes.name')} error={errors.byField.name}>
        {(control) => (
          <Textbox
            {...control}
            required
            maxLength={200}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>
      <Field
        id={`${prefix}-nationalRoute`}
        label={<OptionalLabel>{t('tables.themes.nationalRoute')}</OptionalLabel>}
        help={t('tables.themes.nationalRouteHelp')}
        error={errors.byField.nationalRoute}
      >
        {(control) => (
          <Textbox
            {...control}
            maxLength={200}
            value={nationalRoute}
            onChange={(event) => setNationalRoute(event.target.value)}
          />
        )}
      </Field>
      <Field
        id={`${prefix}-description`}
        label={<OptionalLabel>{t('tables.themes.description')}</OptionalLabel>}
        error={errors.byField.description}
      >
        {(control) => (
          <Textarea
            {...control}
            rows={3}
            maxLength={5000}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        )}
      </Field>
      <ChoiceField
        id={`${prefix}-active`}
        type="checkbox"
        label={t('tables.themes.active')}
        help={t('tables.themes.activeHelp')}
        error={errors.byField.active}
        checked={active}
        onChange={(event) => setActive(event.target.checked)}
      />
      <Button type="submit" appearance="secondary-action-button" busy={sending} disabled={sending}>
        {sending ? t('staff.sending') : theme ? t('tables.themes.save') : t('tables.themes.create')}
      </Button>
    </form>
  );
}
