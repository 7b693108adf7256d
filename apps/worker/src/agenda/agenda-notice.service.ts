// Mails about agenda items (step 6): the meeting reminder before a meeting, the nudge the day after a
// meeting that is still not recorded as discussed, the follow-up check of a commitment, and the notice
// that an item has stalled. Each mail's dedupe key names the item, the date it is about and the
// recipient, so a rerun (or two runs at once) sends nothing twice, while a new date reminds again.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { SettingsService } from '@app/core';
import {
  composeAgendaReminder,
  composeAgendaStale,
  queueMails,
  resolveLocale,
  type AgendaReminderMoment,
  type MailToQueue,
} from '@app/mail';
import { AgendaItemEntity, CaseEntity, NationalTableEntity, type UserEntity } from '@app/persistence';
import { dutchToday, isStale, type AgendaStatus } from '@app/workflow';
import { agendaRecipients } from './agenda-recipients';

export type AgendaNoticeOutcome =
  | 'sent'
  | 'already_sent'
  | 'gone'
  | 'case_archived'
  | 'moved_on'
  | 'meeting_passed'
  | 'not_stale'
  | 'no_recipient';

/** The purpose (and dedupe key prefix) of each mail. */
export const AGENDA_MAIL_PURPOSES = {
  meeting_before: 'agenda_meeting_reminder',
  meeting_passed: 'agenda_meeting_passed',
  follow_up: 'agenda_follow_up',
  stale: 'agenda_stale',
} as const;

interface Loaded {
  item: AgendaItemEntity;
  caseRow: CaseEntity;
  table: NationalTableEntity;
}

@Injectable()
export class AgendaNoticeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly settings: SettingsService,
  ) {}

  /** Before the meeting: record what happens there. Not after the meeting (the next job asks then). */
  meetingReminder(agendaItemId: string): Promise<AgendaNoticeOutcome> {
    return this.remind(agendaItemId, 'meeting_before', 'scheduled', (item) => {
      if (!item.meetingDate) return null;
      return item.meetingDate >= dutchToday() ? item.meetingDate : 'meeting_passed';
    });
  }

  /** The day after the meeting, while the item is still not recorded as discussed. */
  meetingPassed(agendaItemId: string): Promise<AgendaNoticeOutcome> {
    return this.remind(agendaItemId, 'meeting_passed', 'scheduled', (item) => item.meetingDate);
  }

  /** On the follow-up date: did the table keep its commitment? */
  followUp(agendaItemId: string): Promise<AgendaNoticeOutcome> {
    return this.remind(agendaItemId, 'follow_up', 'follow_up', (item) => item.followUpOn);
  }

  /** An item that has not moved for the set weeks: its liaisons and the adviser hear about it once per move. */
  staleCheck(agendaItemId: string): Promise<AgendaNoticeOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const loaded = await this.load(manager, agendaItemId);
      if (typeof loaded === 'string') return loaded;
      const { item, caseRow, table } = loaded;
      if (item.status === 'closed') return 'moved_on';
      const { staleAfterWeeks } = await this.settings.get('agenda_reminders', manager);
      if (!isStale(item.movedAt, staleAfterWeeks)) return 'not_stale';
      const recipients = await agendaRecipients(manager, item, caseRow, 'also');
      const movedAt = item.movedAt.toISOString();
      return this.send(
        manager,
        recipients.map((user) => {
          const locale = resolveLocale(user.locale);
          return {
            dedupeKey: `${AGENDA_MAIL_PURPOSES.stale}:${item.id}:${movedAt}:${user.id}`,
            purpose: AGENDA_MAIL_PURPOSES.stale,
            to: user.email,
            locale,
            message: composeAgendaStale({
              locale,
              recipientName: user.displayName,
              reference: caseRow.reference,
              caseTitle: caseRow.title,
              tableName: table.name,
              status: item.status,
              movedOn: dutchToday(item.movedAt),
              weeks: staleAfterWeeks,
              meetingDate: item.status === 'scheduled' ? item.meetingDate : null,
              itemUrl: this.itemUrl(item.id),
            }),
          };
        }),
      );
    });
  }

  /**
   * A reminder to the table's liaisons (or the adviser when the table has none) while the item is in
   * `status`; `dateOf` names the date the mail is about, or why there is nothing to say.
   */
  private remind(
    agendaItemId: string,
    moment: AgendaReminderMoment,
    status: AgendaStatus,
    dateOf: (item: AgendaItemEntity) => string | null | 'meeting_passed',
  ): Promise<AgendaNoticeOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const loaded = await this.load(manager, agendaItemId);
      if (typeof loaded === 'string') return loaded;
      const { item, caseRow, table } = loaded;
      if (item.status !== status) return 'moved_on';
      const date = dateOf(item);
      if (date === null) return 'moved_on';
      if (date === 'meeting_passed') return 'meeting_passed';
      const recipients = await agendaRecipients(manager, item, caseRow, 'if_no_liaison');
      const purpose = AGENDA_MAIL_PURPOSES[moment];
      return this.send(
        manager,
        recipients.map((user: UserEntity) => {
          const locale = resolveLocale(user.locale);
          return {
            // The date is part of the key: a moved meeting reminds again, the same date never twice.
            dedupeKey: `${purpose}:${item.id}:${date}:${user.id}`,
            purpose,
            to: user.email,
            locale,
            message: composeAgendaReminder({
              locale,
              recipientName: user.displayName,
              reference: caseRow.reference,
              caseTitle: caseRow.title,
              tableName: table.name,
              moment,
              date,
              outcome: moment === 'follow_up' ? item.outcome : null,
              itemUrl: this.itemUrl(item.id),
            }),
          };
        }),
      );
    });
  }

  private async load(manager: EntityManager, agendaItemId: string): Promise<Loaded | AgendaNoticeOutcome> {
    const item = await manager.findOneBy(AgendaItemEntity, { id: agendaItemId });
    if (!item) return 'gone';
    const caseRow = await manager.findOneByOrFail(CaseEntity, { id: item.caseId });
    if (caseRow.step === 'archived') return 'case_archived';
    const table = await manager.findOneByOrFail(NationalTableEntity, { id: item.tableId });
    return { item, caseRow, table };
  }

  private async send(manager: EntityManager, mails: MailToQueue[]): Promise<AgendaNoticeOutcome> {
    if (mails.length === 0) return 'no_recipient';
    const queued = await queueMails(manager, mails);
    return queued.length > 0 ? 'sent' : 'already_sent';
  }

  private itemUrl(itemId: string): string {
    return `${this.config.publicUrl}/agenda/${itemId}`;
  }
}
