// `/analyses`, an expert's home: the cases they are asked to analyse, soonest due first (the API's
// order), with the due date, an overdue marker and where their analysis stands.
import { useCallback } from 'react';
import { useApi } from '../api/api-context';
import type { components } from '../api/schema';
import { formatDueDate } from '../deepening/dates';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { useLoad } from '../staff/load-state';
import { LoadView } from '../staff/load-view';
import { StaffOnly } from '../staff/staff-only';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';

type Assignment = components['schemas']['MyAssignmentDto'];

export function MyAssignmentsPage() {
  const { t } = useI18n();
  usePageTitle(t('assignments.pageTitle'));
  return (
    <>
      <Heading level={1}>{t('assignments.heading')}</Heading>
      <StaffOnly roles={['expert']}>{() => <MyAssignments />}</StaffOnly>
    </>
  );
}

function MyAssignments() {
  const { t } = useI18n();
  const api = useApi();
  const request = useCallback(() => api.GET('/api/me/assignments'), [api]);
  const { state } = useLoad(request);
  return (
    <>
      <Paragraph>{t('assignments.intro')}</Paragraph>
      <LoadView state={state}>
        {(assignments) =>
          assignments.length === 0 ? (
            <Paragraph>{t('assignments.empty')}</Paragraph>
          ) : (
            <ul className="sr-card-list">
              {[...assignments].sort(byDueDate).map((assignment) => (
                <AssignmentCard key={assignment.assignmentId} assignment={assignment} />
              ))}
            </ul>
          )
        }
      </LoadView>
    </>
  );
}

/** Soonest due first; without a date last. The API sends them so; sorted here too, to be sure. */
function byDueDate(a: Assignment, b: Assignment): number {
  if (a.dueOn === b.dueOn) return 0;
  if (!a.dueOn) return 1;
  if (!b.dueOn) return -1;
  return a.dueOn < b.dueOn ? -1 : 1;
}

function AssignmentCard({ assignment }: { assignment: Assignment }) {
  const { t, language } = useI18n();
  return (
    <li className="sr-card">
      <Heading level={2} className="sr-card__title">
        <RouterLink to={`/analyses/${assignment.assignmentId}`}>{assignment.title}</RouterLink>
      </Heading>
      <Paragraph className="sr-meta">
        {assignment.reference} · {t('assignments.step', { step: t(`caseSteps.${assignment.step}`) })}
      </Paragraph>
      <Paragraph>
        {assignment.dueOn
          ? t('assignments.dueOn', { date: formatDueDate(assignment.dueOn, language) })
          : t('assignments.noDueDate')}
        {assignment.overdue && (
          <>
            {' '}
            <strong className="sr-overdue">{t('assignments.overdue')}</strong>
          </>
        )}
      </Paragraph>
      <Paragraph>
        <strong>{t(`assignments.status.${assignment.analysisStatus}`)}</strong>
      </Paragraph>
    </li>
  );
}
