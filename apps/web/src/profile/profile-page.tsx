// `/mijn-profiel`: a member's domains, region and organisation. They decide which targeted calls reach
// the member, and fill in their answers beforehand.
import { Button } from '@utrecht/button-react';
import { useCallback, useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { toFormErrors } from '../api/form-errors';
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
import { useFormSend } from '../staff/use-form-send';
import { DomainCheckboxGroup } from '../ui/domain-checkbox-group';
import { FormErrorSummary } from '../ui/form-error-summary';
import { Heading } from '../ui/heading';
import { OptionalLabel } from '../ui/optional-label';
import { OrganisationField } from '../ui/organisation-field';
import { OrganisationTypeField } from '../ui/organisation-type-field';
import { Paragraph } from '../ui/paragraph';
import { RegionField } from '../ui/region-field';

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
  const { errors, summary, sending, send } = useFormSend(FIELDS, targetId, {
    errorsOf: (status, body) => toFormErrors(FIELDS, status, body, t('common.unexpectedError')),
  });
  const [outcome, setOutcome] = useState<Outcome>();

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setOutcome(undefined);
    void send(
      () =>
        api.PUT('/api/me/profile', {
          body: {
            domains,
            region: region.trim() || undefined,
            organisationType: organisationType || undefined,
            organisation: organisation.trim() || undefined,
          },
        }),
      () => setOutcome({ type: 'ok', message: t('profile.saved') }),
    );
  };

  return (
    <form noValidate className="sr-form" onSubmit={save}>
      <FormErrorSummary items={summary} />
      <DomainCheckboxGroup
        id="profile-domains"
        name="domains"
        legend={t('profile.domains')}
        help={t('profile.domainsHelp')}
        error={errors.byField.domains}
        options={DOMAINS}
        value={domains}
        onChange={setDomains}
      />
      <RegionField
        id="profile-region"
        label={<OptionalLabel>{t('profile.region')}</OptionalLabel>}
        help={t('profile.regionHelp')}
        error={errors.byField.region}
        value={region}
        onChange={(event) => setRegion(event.target.value)}
      />
      <OrganisationTypeField
        id="profile-organisationType"
        label={<OptionalLabel>{t('profile.organisationType')}</OptionalLabel>}
        error={errors.byField.organisationType}
        choose={t('profile.choose')}
        options={ORGANISATION_TYPES}
        value={organisationType}
        onChange={setOrganisationType}
      />
      <OrganisationField
        id="profile-organisation"
        label={<OptionalLabel>{t('profile.organisation')}</OptionalLabel>}
        error={errors.byField.organisation}
        value={organisation}
        onChange={(event) => setOrganisation(event.target.value)}
      />
      <OutcomeMessage outcome={outcome} />
      <div className="sr-form__actions">
        <Button type="submit" appearance="primary-action-button" busy={sending} disabled={sending}>
          {t('profile.save')}
        </Button>
      </div>
    </form>
  );
}
