// The next steps of a case as buttons, from the API's allowedTransitions: a blocked step is shown
// disabled with what blocks it; a step that needs a reason has its own reason field.
import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { useApi } from '../api/api-context';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n-context';
import { actionLabel } from '../staff/action-label';
import { guardLabel } from '../staff/guard-label';
import { OutcomeMessage } from '../staff/outcome-message';
import { useStaffChange } from '../staff/use-staff-change';
import { Field } from '../ui/field';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { Textarea } from '../ui/textarea';

type CaseDetail = components['schemas']['CaseDetailDto'];
type Transition = components['schemas']['AllowedTransitionDto'];

interface Props {
  detail: CaseDetail;
  onChanged: (detail: CaseDetail) => void;
  /** Someone else changed the case meanwhile: load it again. */
  onConflict: () => void;
}

export function CaseTransitions({ detail, onChanged, onConflict }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const { busy, outcome, setOutcome, send } = useStaffChange(onConflict);

  const move = (transition: Transition, reason: string | undefined) =>
    send(
      () =>
        api.POST('/api/cases/{id}/transitions', {
          params: { path: { id: detail.id } },
          body: { to: transition.to, reason, expectedVersion: detail.version },
        }),
      (data) => {
        setOutcome({ type: 'ok', message: t('case.moved', { step: t(`caseSteps.${data.step}`) }) });
        onChanged(data);
      },
    );

  return (
    <section aria-labelledby="next-heading" className="sr-section">
      <Heading level={2} id="next-heading">
        {t('case.next')}
      </Heading>
      <OutcomeMessage outcome={outcome} />
      {detail.allowedTransitions.length === 0 ? (
        <Paragraph>{t('case.noNext')}</Paragraph>
      ) : (
        <ul className="sr-transitions">
          {detail.allowedTransitions.map((transition) => (
            <li key={`${transition.to}-${transition.action}`}>
              <TransitionAction
                transition={transition}
                busy={busy}
                onMove={(reason) => void move(transition, reason)}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface ActionProps {
  transition: Transition;
  busy: boolean;
  onMove: (reason: string | undefined) => void;
}

function TransitionAction({ transition, busy, onMove }: ActionProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const label = actionLabel(t, transition.action);
  const id = `transition-${transition.to}`;
  const blocked = transition.blockedBy.length > 0;
  const blockedId = `${id}-blocked`;

  const press = () => {
    if (transition.reasonRequired && !reason.trim()) {
      setReasonError(t('staff.reasonRequired'));
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setReasonError(undefined);
    onMove(transition.reasonRequired ? reason.trim() : undefined);
  };

  return (
    <div className="sr-transition">
      {transition.reasonRequired && !blocked && (
        <Field id={`${id}-reason`} label={t('case.reasonFor', { action: label })} error={reasonError}>
          {(control) => (
            <Textarea
              {...control}
              required
              rows={2}
              maxLength={2000}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          )}
        </Field>
      )}
      <Button
        appearance={transition.to === 'archived' ? 'secondary-action-button' : 'primary-action-button'}
        disabled={busy || blocked}
        aria-describedby={blocked ? blockedId : undefined}
        onClick={press}
      >
        {label}
      </Button>
      {blocked && (
        <Paragraph id={blockedId} className="sr-blocked">
          {t('case.blocked', { reasons: transition.blockedBy.map((b) => guardLabel(t, b)).join(' ') })}
        </Paragraph>
      )}
    </div>
  );
}
