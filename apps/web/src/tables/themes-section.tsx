// The themes (opgaven) national routes work on, e.g. "Sociaal netwerk versterkend werken": advisers put
// cases under them, and a meeting brief can be limited to one. Admins add and change them here.
import { useCallback, useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n-context';
import { useLoad } from '../staff/load-state';
import { LoadView } from '../staff/load-view';
import { OutcomeMessage, type Outcome } from '../staff/outcome-message';
import { useFormSend } from '../staff/use-form-send';
import { ChoiceField } from '../ui/choice-field';
import { FormErrorSummary } from '../ui/form-error-summary';
import { Heading } from '../ui/heading';
import { OptionalLabel } from '../ui/optional-label';
import { Paragraph } from '../ui/paragraph';
import { SendButton } from '../ui/send-button';
import { TextareaField } from '../ui/textarea-field';
import { TextInputField } from '../ui/text-input-field';
import { useDraft } from '../ui/use-draft';
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

interface ThemeDraft {
  name: string;
  description: string;
  nationalRoute: string;
  active: boolean;
}

const NEW_THEME: ThemeDraft = { name: '', description: '', nationalRoute: '', active: true };

function ThemeForm({ theme, onSaved }: { theme?: Theme; onSaved: (theme: Theme) => void }) {
  const { t } = useI18n();
  const api = useApi();
  const prefix = theme ? `theme-${theme.id}` : 'theme-new';
  const [draft, update, setDraft] = useDraft<ThemeDraft>(() =>
    theme
      ? {
          name: theme.name,
          description: theme.description ?? '',
          nationalRoute: theme.nationalRoute ?? '',
          active: theme.active,
        }
      : NEW_THEME,
  );
  const { name, description, nationalRoute, active } = draft;
  const { errors, summary, sending, send } = useFormSend(FIELDS, (field: ThemeField) => `${prefix}-${field}`);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = {
      name: name.trim(),
      description: description.trim(),
      nationalRoute: nationalRoute.trim(),
      active,
    };
    void send(
      () =>
        theme
          ? api.PATCH('/api/themes/{id}', { params: { path: { id: theme.id } }, body })
          : api.POST('/api/themes', { body }),
      (data) => {
        if (!theme) setDraft(NEW_THEME);
        onSaved(data);
      },
    );
  };

  return (
    <form noValidate className="sr-inline-form" onSubmit={submit}>
      <FormErrorSummary items={summary} />
      <TextInputField
        id={`${prefix}-name`}
        label={t('tables.themes.name')}
        error={errors.byField.name}
        required
        maxLength={200}
        value={name}
        onChange={(event) => update('name', event.target.value)}
      />
      <TextInputField
        id={`${prefix}-nationalRoute`}
        label={<OptionalLabel>{t('tables.themes.nationalRoute')}</OptionalLabel>}
        help={t('tables.themes.nationalRouteHelp')}
        error={errors.byField.nationalRoute}
        maxLength={200}
        value={nationalRoute}
        onChange={(event) => update('nationalRoute', event.target.value)}
      />
      <TextareaField
        id={`${prefix}-description`}
        label={<OptionalLabel>{t('tables.themes.description')}</OptionalLabel>}
        error={errors.byField.description}
        rows={3}
        maxLength={5000}
        value={description}
        onChange={(event) => update('description', event.target.value)}
      />
      <ChoiceField
        id={`${prefix}-active`}
        type="checkbox"
        label={t('tables.themes.active')}
        help={t('tables.themes.activeHelp')}
        error={errors.byField.active}
        checked={active}
        onChange={(event) => update('active', event.target.checked)}
      />
      <SendButton sending={sending} appearance="secondary-action-button">
        {theme ? t('tables.themes.save') : t('tables.themes.create')}
      </SendButton>
    </form>
  );
}
