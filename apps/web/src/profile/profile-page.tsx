// `/mijn-profiel`: a member's domains, region and organisation. They decide which targeted calls reach
// the member, and fill in their answers beforehand.
import { Button } from '@utrecht/button-react';
import { Textbox } from '@utrecht/textbox-react';
import { useCallback, useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { noErrors, summaryOf, toFormErrors, type FormErrors } from '../api/form-errors';
import {
  updateMemberProfileDtoDomainsValues,
  updateMemberProfileDtoOrganisationTypeValues,
  type components,
} from '../api/schema';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { MemberOnly } from '../my-signals/member-only';
import { useLoad } from '../staff/load-state';
import { LoadView } from '../staff/load-view';
import { OutcomeMessage, type Outcome } from '../staff/outcome-message';
import { ChoiceField } from '../ui/choice-field';
import { ChoiceGroup } from '../ui/choice-group';
import { ErrorSummary, type SummaryItem } from '../ui/error-summary';
import { Field } from '../ui/field';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { Select } from '../ui/select';

type Profile = components['schemas']['MemberProfileDto'];
type Domain = Profile['domains'][number];
type OrganisationType = NonNullable<Profile['organisationType']>;

const DOMAINS = updateMemberProfileDtoDomainsValues;
const ORGANISATION_TYPES = updateMemberProfileDtoOrganisationTypeValues;
const FIELDS = ['domains', 'region', 'organisationType', 'organisation'] as const;
type ProfileField = (typeof FIELDS)[number];
const targetId = (field: ProfileField) =>
  field === 'domains' ? `profile-domains-${DOMAINS[0] ?? ''}` : `profile-${field}`;

export function ProfilePage() {
  const { t } = useI18n();
  usePageTitle(t('profile.pageTitle'));
  return (
    <>
      <Heading level={1}>{t('profile.heading')}</Heading>
      <MemberOnly signInFirst="profile.signInFirst">
        <Paragraph lead>{t('profile.intro')}</Paragraph>
        <ProfileLoader />
      </MemberOnly>
    </>
  );
}

function ProfileLoader() {
  const api = useApi();
  const request = useCallback(() => api.GET('/api/me/profile'), [api]);
  const { state } = useLoad(request);
  return <LoadView state={state}>{(profile) => <ProfileForm profile={profile} />}</LoadView>;
}

function ProfileForm({ profile }: { profile: Profile }) {
  const { t } = useI18n();
  const api = useApi();
  const [domains, setDomains] = useState<Domain[]>(profile.domains);
  const [region, setRegion] = useState(profile.region ?? '');
  const [organisationType, setOrganisationType] = useState<OrganisationType | ''>(
    profile.organisationType ?? '',
  );
  const [organisation, setOrganisation] = useState(profile.organisation ?? '');
  const [errors, setErrors] = useState<FormErrors<ProfileField>>(noErrors);
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);

  const fail = (next: FormErrors<ProfileField>) => {
    setErrors(next);
    setSummary(summaryOf(FIELDS, next, targetId));
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setOutcome(undefined);
    try {
      const { data, error, response } = await api.PUT('/api/me/profile', {
        body: {
          domains,
          region: region.trim() || undefined,
          organisationType: organisationType || undefined,
          organisation: organisation.trim() || undefined,
        },
      });
      if (data) {
        fail(noErrors());
        setOutcome({ type: 'ok', message: t('profile.saved') });
        return;
      }
      fail(toFormErrors(FIELDS, response.status, error, t('common.unexpectedError')));
    } catch {
      fail({ byField: {}, other: [t('common.networkError')] });
    } finally {
      setBusy(false);
    }
  };

  const optional = <span className="sr-optional">{t('common.optional')}</span>;

  return (
    <form noValidate className="sr-form" onSubmit={(event) => void save(event)}>
      {summary.length > 0 && <ErrorSummary title={t('common.errorSummary')} items={summary} />}
      <ChoiceGroup
        id="profile-domains"
        legend={t('profile.domains')}
        help={t('profile.domainsHelp')}
        error={errors.byField.domains}
      >
        <div className="sr-options">
          {DOMAINS.map((domain) => (
            <ChoiceField
              key={domain}
              id={`profile-domains-${domain}`}
              type="checkbox"
              name="domains"
              value={domain}
              label={t(`domains.${domain}`)}
              checked={domains.includes(domain)}
              onChange={(event) =>
                setDomains((current) =>
                  event.target.checked ? [...current, domain] : current.filter((d) => d !== domain),
                )
              }
            />
          ))}
        </div>
      </ChoiceGroup>
      <Field
        id="profile-region"
        label={
          <>
            {t('profile.region')} {optional}
          </>
        }
        help={t('profile.regionHelp')}
        error={errors.byField.region}
      >
        {(control) => (
          <Textbox
            {...control}
            autoComplete="address-level2"
            maxLength={100}
            value={region}
            onChange={(event) => setRegion(event.target.value)}
          />
        )}
      </Field>
      <Field
        id="profile-organisationType"
        label={
          <>
            {t('profile.organisationType')} {optional}
          </>
        }
        error={errors.byField.organisationType}
      >
        {(control) => (
          <Select
            {...control}
            value={organisationType}
            onChange={(event) =>
              setOrganisationType(ORGANISATION_TYPES.find((o) => o === event.target.value) ?? '')
            }
          >
            <option value="">{t('profile.choose')}</option>
            {ORGANISATION_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`organisationTypes.${type}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field
        id="profile-organisation"
        label={
          <>
            {t('profile.organisation')} {optional}
          </>
        }
        error={errors.byField.organisation}
      >
        {(control) => (
          <Textbox
            {...control}
            autoComplete="organization"
            maxLength={200}
            value={organisation}
            onChange={(event) => setOrganisation(event.target.value)}
          />
        )}
      </Field>
      <OutcomeMessage outcome={outcome} />
      <div className="sr-form__actions">
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('profile.save')}
        </Button>
      </div>
    </form>
  );
}
