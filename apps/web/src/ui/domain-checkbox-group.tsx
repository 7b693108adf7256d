// The domains someone works in (or a call is for), ticked in a group of checkboxes: one option per
// domain, each with the domain's name, in the forms for signals, calls and the member profile.
import type { ReactNode } from 'react';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n-context';
import { ChoiceField } from './choice-field';
import { ChoiceGroup } from './choice-group';

type Domain = components['schemas']['CreateSignalDto']['domains'][number];

interface Props<D extends Domain> {
  /** The group's id; each option's id is this id and the domain (`${id}-${domain}`). */
  id: string;
  name: string;
  legend: ReactNode;
  help?: ReactNode;
  error?: string;
  options: readonly D[];
  value: readonly D[];
  onChange: (value: D[]) => void;
}

export function DomainCheckboxGroup<D extends Domain>({
  id,
  name,
  legend,
  help,
  error,
  options,
  value,
  onChange,
}: Props<D>) {
  const { t } = useI18n();
  const without = (domain: D) => value.filter((chosen) => chosen !== domain);
  return (
    <ChoiceGroup id={id} legend={legend} help={help} error={error}>
      <div className="sr-options">
        {options.map((domain) => (
          <ChoiceField
            key={domain}
            id={`${id}-${domain}`}
            type="checkbox"
            name={name}
            value={domain}
            label={t(`domains.${domain}`)}
            checked={value.includes(domain)}
            onChange={(event) =>
              onChange(event.target.checked ? [...without(domain), domain] : without(domain))
            }
          />
        ))}
      </div>
    </ChoiceGroup>
  );
}
