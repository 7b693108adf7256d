// Every change of an agenda item, newest first: what happened, who did it and when, the note kept with
// it, and what it recorded (a meeting date, the outcome, a follow-up date, a document).
import type { ReactNode } from 'react';
import { formatDateTime, formatDay } from '../calls/date-time';
import { useI18n, type I18n } from '../i18n/i18n-context';
import type { Language } from '../i18n/language';
import { AGENDA_OUTCOMES, AGENDA_STATUSES, type AgendaEvent } from './agenda-types';

export function AgendaEvents({ events }: { events: readonly AgendaEvent[] }) {
  const { t, language } = useI18n();
  return (
    <ol className="sr-timeline" reversed>
      {[...events].reverse().map((event) => (
        <li key={event.id} className="sr-timeline__entry">
          <time dateTime={event.at} className="sr-meta">
            {formatDateTime(event.at, language)}
          </time>{' '}
          <strong>{eventTitle(t, event)}</strong>{' '}
          {t('agenda.events.by', { name: event.actorName ?? t('agenda.events.unknownActor') })}
          {recorded(t, language, event).map((line, index) => (
            <span key={index} className="sr-timeline__reason">
              {line}
            </span>
          ))}
          {event.note && (
            <span className="sr-timeline__reason">{t('agenda.events.note', { note: event.note })}</span>
          )}
        </li>
      ))}
    </ol>
  );
}

function statusName(t: I18n['t'], code: string | null | undefined): string {
  const status = AGENDA_STATUSES.find((s) => s === code);
  return status ? t(`agenda.statuses.${status}`) : (code ?? '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The new value of a changed field (`{ from, to }`), when it is text. */
function changedTo(event: AgendaEvent, field: string): string | undefined {
  const change = event.changes?.[field];
  return isRecord(change) && typeof change.to === 'string' ? change.to : undefined;
}

function addedDocument(event: AgendaEvent): string | undefined {
  const document = event.changes?.document;
  return isRecord(document) && typeof document.title === 'string' ? document.title : undefined;
}

function eventTitle(t: I18n['t'], event: AgendaEvent): string {
  if (!event.from) return t('agenda.events.created');
  const document = addedDocument(event);
  if (document !== undefined) return t('agenda.events.document', { title: document });
  if (event.from === event.to && event.to === 'scheduled') return t('agenda.events.rescheduled');
  return t('agenda.events.moved', { from: statusName(t, event.from), to: statusName(t, event.to) });
}

/** What the change recorded, one line each. */
function recorded(t: I18n['t'], language: Language, event: AgendaEvent): ReactNode[] {
  const lines: ReactNode[] = [];
  const meetingDate = changedTo(event, 'meetingDate');
  if (meetingDate) lines.push(t('agenda.events.meetingDate', { date: formatDay(meetingDate, language) }));
  const outcome = AGENDA_OUTCOMES.find((o) => o === changedTo(event, 'outcome'));
  if (outcome) lines.push(t('agenda.events.outcome', { outcome: t(`agenda.outcomes.${outcome}`) }));
  const outcomeNote = changedTo(event, 'outcomeNote');
  if (outcomeNote) lines.push(t('agenda.events.outcomeNote', { note: outcomeNote }));
  const followUpOn = changedTo(event, 'followUpOn');
  if (followUpOn) lines.push(t('agenda.events.followUpOn', { date: formatDay(followUpOn, language) }));
  return lines;
}
