// The seven steps of the route in plain words, with where the signal is now. The step names and
// explanations come from the API in the chosen language; the state words come from our texts.
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n-context';
import { classNames } from '../ui/class-names';

export type RouteStep = components['schemas']['RouteStepDto'];

export function RouteSteps({ steps, labelledBy }: { steps: readonly RouteStep[]; labelledBy: string }) {
  const { t } = useI18n();
  return (
    <ol className="utrecht-ordered-list sr-steps" aria-labelledby={labelledBy}>
      {steps.map((step) => (
        <li
          key={step.step}
          className={classNames('utrecht-ordered-list__item', 'sr-step', `sr-step--${step.state}`)}
          aria-current={step.state === 'current' ? 'step' : undefined}
        >
          <span className="sr-step__name">{step.name}</span>{' '}
          <span className="sr-step__state">({t(`tracking.stepState.${step.state}`)})</span>
          <span className="sr-step__explanation">{step.explanation}</span>
        </li>
      ))}
    </ol>
  );
}
