// Delivers one rendered message from mail_messages. The row is locked for the whole attempt, so two runs
// of the same job (a retry racing a stalled worker) cannot both send it: the second one waits, then sees
// 'sent' and does nothing.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { NotFoundError } from '@app/core';
import { MailMessageEntity } from '@app/persistence';
import { MailTransport } from './mail-transport';

export type MailDeliveryOutcome = 'sent' | 'stored' | 'already_sent';

export interface MailDeliveryOptions {
  /** The job queue will not retry after this attempt: a failure now is final and marks the mail 'failed'. */
  lastAttempt?: boolean;
}

const MAX_ERROR_LENGTH = 2000;

@Injectable()
export class MailDeliveryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
  ) {}

  /**
   * Sends the mail (or, without SMTP, marks it delivered to the store). An SMTP failure is recorded on
   * the row and then rethrown, so the job queue retries it.
   */
  async deliver(mailId: string, options: MailDeliveryOptions = {}): Promise<MailDeliveryOutcome> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      return await this.deliverLocked(runner, mailId, options);
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Runs inside the open transaction and commits it on every outcome it handles itself. */
  private async deliverLocked(
    runner: QueryRunner,
    mailId: string,
    options: MailDeliveryOptions,
  ): Promise<MailDeliveryOutcome> {
    const manager = runner.manager;
    const mail = await manager.findOne(MailMessageEntity, {
      where: { id: mailId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!mail) throw new NotFoundError('Mail message', mailId);
    if (mail.status === 'sent') {
      await runner.commitTransaction();
      return 'already_sent';
    }

    if (this.transport.mode === 'store') {
      await this.markSent(manager, mail, 'store');
      await runner.commitTransaction();
      return 'stored';
    }

    try {
      await this.transport.send({
        id: mail.id,
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.textBody,
        html: mail.htmlBody,
      });
    } catch (error) {
      // Commit the failure before rethrowing: the attempt count and error must survive the retry.
      await manager.update(
        MailMessageEntity,
        { id: mail.id },
        {
          attempts: mail.attempts + 1,
          lastError: describeError(error),
          status: options.lastAttempt ? 'failed' : mail.status,
        },
      );
      await runner.commitTransaction();
      throw error;
    }
    await this.markSent(manager, mail, 'smtp');
    await runner.commitTransaction();
    return 'sent';
  }

  private async markSent(
    manager: EntityManager,
    mail: MailMessageEntity,
    transport: 'smtp' | 'store',
  ): Promise<void> {
    await manager.update(
      MailMessageEntity,
      { id: mail.id },
      { status: 'sent', transport, sentAt: new Date(), attempts: mail.attempts + 1 },
    );
  }
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > MAX_ERROR_LENGTH ? `${message.slice(0, MAX_ERROR_LENGTH - 1)}…` : message;
}
