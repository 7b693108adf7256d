// The adviser's side of step 7: the prepared feedback of a case (both languages, recipients with their
// delivery, the "did this help?" answers), editing it while it is a draft, previewing the mail, sending
// it (a job does the mailing), and recording someone feedback cannot reach.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { DomainError } from '@app/core';
import { composeFeedback, feedbackAnswerUrls, feedbackTextsIn } from '@app/mail';
import { FeedbackMessageEntity, FeedbackRecipientEntity, type CaseEntity } from '@app/persistence';
import { addToOutbox, outboxJob } from '@app/queue';
import type { FeedbackDeliveryStatus, Helpfulness } from '@app/workflow';
import { AuditService } from '../audit/audit.service';
import { findVisibleCase, type CaseViewer } from '../cases/case-visibility';
import { applyKeyset, fetchKeysetPage } from '../common/cursor';
import { maskEmail } from './email-mask';
import type {
  FeedbackPreviewQuery,
  FeedbackQuery,
  SendFeedbackDto,
  UndeliverableRecipientDto,
  UpdateFeedbackDto,
} from './dto/feedback-input.dto';
import type { FeedbackPreviewDto, FeedbackRecipientDto, FeedbackViewDto } from './dto/feedback-view.dto';

const TEXT_FIELDS = [
  'whatHappenedNl',
  'whatHappenedEn',
  'stepsTakenNl',
  'stepsTakenEn',
  'achievedNl',
  'achievedEn',
] as const;

/** The token in a preview's links: the preview is for reading, its links answer nothing. */
const PREVIEW_TOKEN = 'voorbeeld';

export interface FeedbackActor extends CaseViewer {
  ip?: string | null;
}

@Injectable()
export class FeedbackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async view(caseId: string, viewer: CaseViewer, query: FeedbackQuery = {}): Promise<FeedbackViewDto> {
    const manager = this.dataSource.manager;
    const row = await findVisibleCase(manager, caseId, viewer);
    const message = await findMessage(manager, caseId);
    const limit = query.limit ?? 100;
    const qb = manager
      .getRepository(FeedbackRecipientEntity)
      .createQueryBuilder('r')
      .where('r.case_id = :caseId', { caseId });
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    applyKeyset(qb, 'r', query.cursor, limit);
    const page = await fetchKeysetPage(qb, limit);

    const statusRows = (await manager.query(
      `SELECT status, count(*)::int AS n FROM feedback_recipients WHERE case_id = $1 GROUP BY status`,
      [caseId],
    )) as { status: FeedbackDeliveryStatus; n: number }[];
    const helpedRows = (await manager.query(
      `SELECT helped, count(*)::int AS n FROM feedback_recipients
        WHERE case_id = $1 AND helped IS NOT NULL GROUP BY helped`,
      [caseId],
    )) as { helped: Helpfulness; n: number }[];
    const comments = (await manager.query(
      `SELECT helped, response_comment, responded_at FROM feedback_recipients
        WHERE case_id = $1 AND helped IS NOT NULL AND COALESCE(response_comment, '') <> ''
        ORDER BY responded_at DESC LIMIT 50`,
      [caseId],
    )) as { helped: Helpfulness; response_comment: string; responded_at: Date }[];
    const byStatus = Object.fromEntries(statusRows.map((r) => [r.status, r.n]));
    const byHelped = Object.fromEntries(helpedRows.map((r) => [r.helped, r.n]));

    return {
      caseId,
      reference: row.reference,
      caseTitle: row.title,
      caseStep: row.step,
      status: message.status,
      version: message.version,
      preparedAt: message.preparedAt,
      sentAt: message.sentAt,
      message: {
        nl: feedbackTextsIn(message, 'nl'),
        en: feedbackTextsIn(message, 'en'),
      },
      counts: {
        total: statusRows.reduce((sum, r) => sum + r.n, 0),
        pending: byStatus.pending ?? 0,
        sent: byStatus.sent ?? 0,
        undeliverable: byStatus.undeliverable ?? 0,
      },
      helpfulness: { yes: byHelped.yes ?? 0, partly: byHelped.partly ?? 0, no: byHelped.no ?? 0 },
      comments: comments.map((c) => ({
        helped: c.helped,
        comment: c.response_comment,
        respondedAt: c.responded_at,
      })),
      recipients: page.rows.map(toRecipientDto),
      recipientsNextCursor: page.nextCursor,
    };
  }

  async update(caseId: string, dto: UpdateFeedbackDto, actor: FeedbackActor): Promise<FeedbackViewDto> {
    const { expectedVersion, ...texts } = dto;
    const changed = TEXT_FIELDS.filter((field) => texts[field] !== undefined);
    if (changed.length === 0) {
      throw new DomainError('rule_violated', {
        nl: 'Geef minstens één tekst om te wijzigen.',
        en: 'Give at least one text to change.',
      });
    }
    await this.dataSource.transaction(async (manager) => {
      const row = await findVisibleCase(manager, caseId, actor, { lock: true });
      const message = await findMessage(manager, caseId, true);
      // "Already sent" says more than "changed meanwhile" when both hold.
      checkDraft(message, row);
      checkVersion(message, expectedVersion);
      await manager.update(
        FeedbackMessageEntity,
        { id: message.id },
        {
          ...Object.fromEntries(changed.map((field) => [field, texts[field]])),
          version: message.version + 1,
        },
      );
      await this.audit.record(
        {
          action: 'feedback_edited',
          actorId: actor.id,
          subject: { type: 'case', id: caseId },
          ip: actor.ip ?? null,
          details: { version: message.version + 1, fields: changed.join(',') },
        },
        manager,
      );
    });
    return this.view(caseId, actor);
  }

  async preview(
    caseId: string,
    viewer: CaseViewer,
    query: FeedbackPreviewQuery,
  ): Promise<FeedbackPreviewDto> {
    const manager = this.dataSource.manager;
    const row = await findVisibleCase(manager, caseId, viewer);
    const message = await findMessage(manager, caseId);
    const locale = query.locale ?? 'nl';
    const kind = query.kind ?? 'submitter';
    const mail = composeFeedback({
      locale,
      kind,
      caseTitle: row.titleReviewed ? row.title : null,
      ...feedbackTextsIn(message, locale),
      answerUrls: feedbackAnswerUrls(this.config.publicUrl, PREVIEW_TOKEN),
    });
    return { locale, kind, subject: mail.subject, text: mail.text, html: mail.html };
  }

  /** Marks the message as sending and leaves the mailing to the feedback.send job. */
  async send(caseId: string, dto: SendFeedbackDto, actor: FeedbackActor): Promise<FeedbackViewDto> {
    await this.dataSource.transaction(async (manager) => {
      const row = await findVisibleCase(manager, caseId, actor, { lock: true });
      const message = await findMessage(manager, caseId, true);
      checkDraft(message, row);
      checkVersion(message, dto.expectedVersion);
      await manager.update(
        FeedbackMessageEntity,
        { id: message.id },
        { status: 'sending', sentById: actor.id, version: message.version + 1 },
      );
      await addToOutbox(manager, [outboxJob('feedback.send', { caseId })]);
      await this.audit.record(
        {
          action: 'feedback_sent',
          actorId: actor.id,
          subject: { type: 'case', id: caseId },
          ip: actor.ip ?? null,
          details: {
            pending: await manager.count(FeedbackRecipientEntity, { where: { caseId, status: 'pending' } }),
          },
        },
        manager,
      );
    });
    return this.view(caseId, actor);
  }

  /**
   * Records that feedback cannot reach this recipient. Once the feedback was sent, a close check runs,
   * so the case closes when this was the last one pending.
   */
  async markUndeliverable(
    caseId: string,
    recipientId: string,
    dto: UndeliverableRecipientDto,
    actor: FeedbackActor,
  ): Promise<FeedbackRecipientDto> {
    return this.dataSource.transaction(async (manager) => {
      await findVisibleCase(manager, caseId, actor);
      const message = await findMessage(manager, caseId);
      const recipient = await manager.findOne(FeedbackRecipientEntity, {
        where: { id: recipientId, caseId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!recipient) {
        throw new DomainError(
          'not_found',
          {
            nl: 'Deze ontvanger hoort niet bij dit knelpunt.',
            en: 'This recipient does not belong to this case.',
          },
          { id: recipientId },
        );
      }
      if (recipient.status === 'sent') {
        throw new DomainError(
          'conflict',
          {
            nl: 'De terugkoppeling heeft deze ontvanger al bereikt.',
            en: 'The feedback has already reached this recipient.',
          },
          { current: { status: recipient.status } },
        );
      }
      if (recipient.status === 'undeliverable') return toRecipientDto(recipient);
      await manager.update(
        FeedbackRecipientEntity,
        { id: recipient.id },
        { status: 'undeliverable', undeliverableReason: dto.reason },
      );
      if (message.status !== 'draft') {
        // With a run time, the check replaces an earlier close check that already finished.
        await addToOutbox(manager, [outboxJob('feedback.close-check', { caseId }, new Date())]);
      }
      await this.audit.record(
        {
          action: 'feedback_recipient_undeliverable',
          actorId: actor.id,
          subject: { type: 'case', id: caseId },
          ip: actor.ip ?? null,
          details: { recipientId: recipient.id, kind: recipient.kind },
        },
        manager,
      );
      return toRecipientDto({ ...recipient, status: 'undeliverable', undeliverableReason: dto.reason });
    });
  }
}

async function findMessage(
  manager: EntityManager,
  caseId: string,
  lock = false,
): Promise<FeedbackMessageEntity> {
  const message = await manager.findOne(FeedbackMessageEntity, {
    where: { caseId },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!message) {
    throw new DomainError(
      'not_found',
      {
        nl: 'Dit knelpunt heeft (nog) geen terugkoppeling. Ze wordt voorbereid zodra het in de stap Terugkoppelen komt.',
        en: 'This case has no feedback (yet). It is prepared once the case enters the feedback step.',
      },
      { caseId },
    );
  }
  return message;
}

function checkVersion(message: FeedbackMessageEntity, expectedVersion: number): void {
  if (message.version === expectedVersion) return;
  throw new DomainError(
    'version_conflict',
    `This feedback was changed by someone else (version ${message.version}, you had ${expectedVersion}). Reload and try again.`,
    { current: { status: message.status, version: message.version } },
  );
}

function checkDraft(message: FeedbackMessageEntity, row: CaseEntity): void {
  if (message.status !== 'draft') {
    throw new DomainError(
      'conflict',
      {
        nl: 'Deze terugkoppeling is al verstuurd en kan niet meer worden gewijzigd.',
        en: 'This feedback has already been sent and can no longer be changed.',
      },
      { current: { status: message.status, version: message.version } },
    );
  }
  if (row.step !== 'feedback') {
    throw new DomainError(
      'conflict',
      {
        nl: 'Dit knelpunt staat niet (meer) in de stap Terugkoppelen.',
        en: 'This case is not in the feedback step (any more).',
      },
      { current: { step: row.step } },
    );
  }
}

function toRecipientDto(recipient: FeedbackRecipientEntity): FeedbackRecipientDto {
  return {
    id: recipient.id,
    kind: recipient.kind,
    email: maskEmail(recipient.email),
    locale: recipient.locale,
    status: recipient.status,
    undeliverableReason: recipient.undeliverableReason,
    deliveredAt: recipient.deliveredAt,
    helped: recipient.helped,
    responseComment: recipient.responseComment,
    respondedAt: recipient.respondedAt,
  };
}
