// What kind of organisation someone works for, chosen from the API's list: the same select in the
// answer to a call and in the member profile.
import type { ReactNode } from 'react';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n-context';
import { Field } from './field';
import { Select } from './select';

type OrganisationType = NonNullable<components['schemas']['MemberProfileDto']['organisationType']>;

interface Props<T extends OrganisationType> {
  id: string;
  name?: string;
  label: ReactNode;
  error?: string;
  /** The empty first option, e.g. "Kies…". */
  choose: string;
  options: readonly T[];
  value: T | '';
  onChange: (value: T | '') => void;
}

export function OrganisationTypeField<T extends OrganisationType>({
  id,
  name,
  label,
  error,
  choose,
  options,
  value,
  onChange,
}: Props<T>) {
  const { t } = useI18n();
  return (
    <Field id={id} label={label} error={error}>
      {(control) => (
        <Select
          {...control}
          name={name}
          value={value}
          onChange={(event) => onChange(options.find((type) => type === event.target.value) ?? '')}
        >
          <option value="">{choose}</option>
          {options.map((type) => (
            <option key={type} value={type}>
              {t(`organisationTypes.${type}`)}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
