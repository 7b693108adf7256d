// The experts of a case on the case page, for advisers and admins: who is asked to analyse it, by when,
// and where each analysis stands (overdue ones marked). While the case is in recognition or deepening
// the adviser assigns a staff expert or an external one (name and e-mail; they get a private link),
// moves a due date, or takes an expert off the case (refused once they saved an analysis).
import { Button } from '@utrecht/button-react';
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { readProblem } from '../api/api-problem';
import { hasErrors, noErrors, toFormErrors, type FormErrors } from '../api/form-errors';
import type { components } from '../api/schema';
import { useFormErrors } from '../api/use-form-errors';
import { useI18n } from '../i18n/i18n-context';
import { useLoad } from '../staff/load-state';
import { OutcomeMessage, type Outcome } from '../staff/outcome-message';
import { ChoiceField } from '../ui/choice-field';
import { ChoiceGroup } from '../ui/choice-group';
import { Field } from '../ui/field';
import { FormErrorSummary } from '../ui/form-error-summary';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { Select } from '../ui/select';
import { SendButton } from '../ui/send-button';
import { TextInputField } from '../ui/text-input-field';
import { dayInput, formatDueDate, formatMoment } from './dates';
import { DueDateField } from './due-date-field';

type CaseDetail = components['schemas']['CaseDetailDto'];
export type AssignedExpert = components['schemas']['AssignedExpertDto'];
type Answer = { data?: AssignedExpert[]; error?: unknown; response: Response };

const ASSIGN_FIELDS = ['expertId', 'name', 'email', 'dueOn'] as const;
type AssignField = (typeof ASSIGN_FIELDS)[number];

const assignTargetId = (field: AssignField) => `assign-expert-${field}`;

/** The steps in which experts are assigned and due dates move (the API answers 409 in others). */
export function isAssignable(step: CaseDetail['step']): boolean {
  return step === 'recognition' || step === 'deepening';
}

/** A refused change: the API's own words (they say why, e.g. an analysis exists), else ours. */
function refusal(t: ReturnType<typeof useI18n>['t'], status: number, body: unknown): string {
  const problem = readProblem(status, body);
  return problem.fieldProblems[0]?.message ?? problem.message ?? t('common.unexpectedError');
}

export function CaseExperts({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  // A change answers with the whole list; shown until the case itself is loaded again.
  const [changed, setChanged] = useState<{ over: AssignedExpert[]; list: AssignedExpert[] }>();
  const experts = changed?.over === detail.experts ? changed.list : detail.experts;
  const setExperts = (list: AssignedExpert[]) => setChanged({ over: detail.experts, list });
  const assignable = isAssignable(detail.step);
  // A removed expert's row goes, with its button: the message and the focus go to the section.
  const [removed, setRemoved] = useState<Outcome>();
  const headingRef = useRef<HTMLHeadingElement>(null);

  return (
    <section aria-labelledby="experts-heading" className="sr-section">
      <Heading level={2} id="experts-heading" ref={headingRef} tabIndex={-1}>
        {t('deepening.experts.heading')}
      </Heading>
      <Paragraph>{assignable ? t('deepening.experts.intro') : t('deepening.experts.closed')}</Paragraph>
      <OutcomeMessage outcome={removed} />
      {experts.length === 0 ? (
        <Paragraph>{t('deepening.experts.none')}</Paragraph>
      ) : (
        <ul className="sr-card-list">
          {experts.map((expert) => (
            <ExpertRow
              key={expert.assignmentId}
              caseId={detail.id}
              expert={expert}
              assignable={assignable}
              onChanged={(list) => {
                setRemoved(undefined);
                setExperts(list);
              }}
              onRemoved={() => {
                setExperts(experts.filter((e) => e.assignmentId !== expert.assignmentId));
                setRemoved({
                  type: 'ok',
                  message: t('deepening.experts.removed', { name: expert.displayName }),
                });
                headingRef.current?.focus();
              }}
            />
          ))}
        </ul>
      )}
      {assignable && (
        <AssignExpertForm
          caseId={detail.id}
          onAssigned={(list) => {
            setRemoved(undefined);
            setExperts(list);
          }}
        />
      )}
    </section>
  );
}

interface RowProps {
  caseId: string;
  expert: AssignedExpert;
  assignable: boolean;
  onChanged: (list: AssignedExpert[]) => void;
  onRemoved: () => void;
}

function ExpertRow({ caseId, expert, assignable, onChanged, onRemoved }: RowProps) {
  const { t, language } = useI18n();
  const api = useApi();
  const [dueOn, setDueOn] = useState(expert.dueOn ?? '');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const id = `expert-${expert.assignmentId}`;
  const name = expert.displayName;

  /** Sends; `done` tells what happened, or undefined when the row itself goes. */
  const run = async (request: () => Promise<Answer>, done: (answer: Answer) => string | undefined) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const answer = await request();
      if (answer.response.ok) {
        const message = done(answer);
        if (message) setOutcome({ type: 'ok', message });
        return;
      }
      setOutcome({ type: 'error', message: refusal(t, answer.response.status, answer.error) });
    } catch {
      setOutcome({ type: 'error', message: t('common.networkError') });
    } finally {
      setBusy(false);
    }
  };

  const moveDue = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!dueOn) {
      setOutcome({ type: 'error', message: t('deepening.assign.dueRequired') });
      return;
    }
    void run(
      () =>
        api.PATCH('/api/cases/{id}/experts/{assignmentId}', {
          params: { path: { id: caseId, assignmentId: expert.assignmentId } },
          body: { dueOn },
        }),
      ({ data }) => {
        if (data) onChanged(data);
        return t('deepening.experts.dueMoved', { name, date: formatDueDate(dueOn, language) });
      },
    );
  };

  const remove = () =>
    void run(
      () =>
        api.DELETE('/api/cases/{id}/experts/{assignmentId}', {
          params: { path: { id: caseId, assignmentId: expert.assignmentId } },
        }),
      () => {
        onRemoved();
        return undefined;
      },
    );

  return (
    <li className="sr-card">
      <Paragraph>
        <strong>{name}</strong>{' '}
        <span className="sr-meta">({t(`deepening.experts.kind.${expert.kind}`)})</span>
      </Paragraph>
      <Paragraph>
        {expert.dueOn
          ? t('deepening.experts.due', { date: formatDueDate(expert.dueOn, language) })
          : t('deepening.experts.noDue')}
        {expert.overdue && (
          <>
            {' '}
            <strong className="sr-overdue">{t('assignments.overdue')}</strong>
          </>
        )}
      </Paragraph>
      <Paragraph>
        {t('deepening.experts.analysis')}{' '}
        <strong>
          {expert.analysisStatus === 'submitted' && expert.submittedAt
            ? t('deepening.experts.submittedOn', { date: formatMoment(expert.submittedAt, language) })
            : t(`deepening.experts.status.${expert.analysisStatus}`)}
        </strong>
      </Paragraph>
      {assignable && (
        <div className="sr-actions">
          <form className="sr-inline-form" noValidate onSubmit={moveDue}>
            <DueDateField
              id={`${id}-due`}
              label={t('deepening.experts.newDue', { name })}
              value={dueOn}
              onChange={(event) => setDueOn(event.target.value)}
            />
            <Button type="submit" appearance="secondary-action-button" disabled={busy}>
              {t('deepening.experts.moveDue')}
            </Button>
          </form>
          <Button type="button" appearance="secondary-action-button" disabled={busy} onClick={remove}>
            {t('deepening.experts.remove', { name })}
          </Button>
        </div>
      )}
      <OutcomeMessage outcome={outcome} />
    </li>
  );
}

type Kind = AssignedExpert['kind'];

function AssignExpertForm({
  caseId,
  onAssigned,
}: {
  caseId: string;
  onAssigned: (list: AssignedExpert[]) => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const request = useCallback(() => api.GET('/api/experts'), [api]);
  const { state } = useLoad(request);
  const directory = state.status === 'ready' ? state.data : [];
  const [kind, setKind] = useState<Kind>('staff');
  const [expertId, setExpertId] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [dueOn, setDueOn] = useState(() => dayInput(14));
  const { errors, summary, fail, failWith, clear } = useFormErrors(ASSIGN_FIELDS, assignTargetId);
  const [outcome, setOutcome] = useState<Outcome>();
  const [sending, setSending] = useState(false);

  /** What the form lacks before it is worth sending. */
  const missing = (): FormErrors<AssignField> => {
    const found = noErrors<AssignField>();
    if (kind === 'staff' && !expertId) found.byField.expertId = t('deepening.assign.expertRequired');
    if (kind === 'external' && !name.trim()) found.byField.name = t('deepening.assign.nameRequired');
    if (kind === 'external' && !email.trim()) found.byField.email = t('deepening.assign.emailRequired');
    if (!dueOn) found.byField.dueOn = t('deepening.assign.dueRequired');
    return found;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    setOutcome(undefined);
    const found = missing();
    if (hasErrors(found)) {
      fail(found);
      return;
    }
    const who =
      kind === 'staff' ? (directory.find((e) => e.id === expertId)?.displayName ?? '') : name.trim();
    setSending(true);
    try {
      const { data, error, response } = await api.POST('/api/cases/{id}/experts', {
        params: { path: { id: caseId } },
        body:
          kind === 'staff'
            ? { expertId, dueOn }
            : { external: { name: name.trim(), email: email.trim() }, dueOn },
      });
      if (data) {
        clear();
        onAssigned(data);
        setOutcome({ type: 'ok', message: t('deepening.assign.assigned', { name: who }) });
        setExpertId('');
        setName('');
        setEmail('');
        return;
      }
      const next = toFormErrors(ASSIGN_FIELDS, response.status, error, t('common.unexpectedError'));
      // A date in the past (422) names the date in its details rather than as a field.
      const details = (error as { details?: { dueOn?: unknown } } | undefined)?.details;
      if (response.status === 422 && details?.dueOn !== undefined && next.other.length > 0) {
        next.byField.dueOn = next.other.shift();
      }
      fail(next);
    } catch {
      failWith(t('common.networkError'));
    } finally {
      setSending(false);
    }
  };

  const { byField } = errors;
  return (
    <div className="sr-assign-expert">
      <Heading level={3} id="assign-expert-heading">
        {t('deepening.assign.heading')}
      </Heading>
      <form
        noValidate
        className="sr-form"
        aria-labelledby="assign-expert-heading"
        onSubmit={(event) => void submit(event)}
      >
        <FormErrorSummary items={summary} />
        <ChoiceGroup id="assign-expert-kind" legend={t('deepening.assign.who')} role="radiogroup">
          {(['staff', 'external'] as const).map((value) => (
            <ChoiceField
              key={value}
              id={`assign-expert-kind-${value}`}
              type="radio"
              name="kind"
              value={value}
              label={t(`deepening.assign.kind.${value}`)}
              checked={kind === value}
              onChange={() => setKind(value)}
            />
          ))}
        </ChoiceGroup>
        {kind === 'staff' ? (
          <Field
            id={assignTargetId('expertId')}
            label={t('deepening.assign.expert')}
            help={
              state.status === 'ready' && directory.length === 0 ? t('deepening.assign.noExperts') : undefined
            }
            error={byField.expertId}
          >
            {(control) => (
              <Select {...control} value={expertId} onChange={(event) => setExpertId(event.target.value)}>
                <option value="">{t('deepening.assign.chooseExpert')}</option>
                {directory.map((expert) => (
                  <option key={expert.id} value={expert.id}>
                    {expert.displayName}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        ) : (
          <>
            <TextInputField
              id={assignTargetId('name')}
              label={t('deepening.assign.name')}
              autoComplete="off"
              maxLength={200}
              value={name}
              error={byField.name}
              onChange={(event) => setName(event.target.value)}
            />
            <TextInputField
              id={assignTargetId('email')}
              type="email"
              label={t('deepening.assign.email')}
              help={t('deepening.assign.emailHelp')}
              autoComplete="off"
              maxLength={254}
              value={email}
              error={byField.email}
              onChange={(event) => setEmail(event.target.value)}
            />
          </>
        )}
        <DueDateField
          id={assignTargetId('dueOn')}
          label={t('deepening.assign.dueOn')}
          help={t('deepening.assign.dueOnHelp')}
          error={byField.dueOn}
          value={dueOn}
          onChange={(event) => setDueOn(event.target.value)}
        />
        <div className="sr-form__actions">
          <SendButton sending={sending}>{t('deepening.assign.submit')}</SendButton>
        </div>
        <OutcomeMessage outcome={outcome} />
      </form>
    </div>
  );
}
