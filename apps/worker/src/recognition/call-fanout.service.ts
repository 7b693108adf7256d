// Sends a published targeted call to its audience, in batches. Each batch invites the members who have
// no invitation yet and queues their mails in one transaction; the unique (call, member) pair means a
// member gets the call once, even when two runs of the job overlap.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { audienceCondition, newSecretToken } from '@app/core';
import { composeCallInvitation, queueMails, resolveLocale } from '@app/mail';
import { CallEntity, CallInvitationEntity, CaseEntity } from '@app/persistence';
import type { Locale } from '@app/workflow';

/** Members invited per transaction: big enough to be quick, small enough to keep transactions short. */
export const FANOUT_BATCH_SIZE = 1000;

export interface FanoutOutcome {
  invited: number;
  /** Why nothing was sent, when nothing was. */
  skipped?: 'unknown_call' | 'not_targeted' | 'not_published' | 'already_complete';
}

interface Invitee {
  id: string;
  email: string;
  display_name: string;
  locale: Locale;
}

@Injectable()
export class CallFanoutService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async run(callId: string): Promise<FanoutOutcome> {
    const call = await this.dataSource.manager.findOne(CallEntity, { where: { id: callId } });
    if (!call) return { invited: 0, skipped: 'unknown_call' };
    if (call.kind !== 'targeted') return { invited: 0, skipped: 'not_targeted' };
    if (call.status !== 'published') return { invited: 0, skipped: 'not_published' };
    if (call.fanoutCompletedAt) return { invited: 0, skipped: 'already_complete' };

    const caseTitle = await this.reviewedCaseTitle(call.caseId);
    let invited = 0;
    for (;;) {
      const batch = await this.dataSource.transaction((manager) =>
        this.inviteBatch(manager, call, caseTitle),
      );
      invited += batch;
      if (batch === 0) break;
    }
    return { invited };
  }

  /** Invites the next batch; when nobody is left, marks the fan-out complete and answers 0. */
  private async inviteBatch(
    manager: EntityManager,
    call: CallEntity,
    caseTitle: string | null,
  ): Promise<number> {
    const audience = audienceCondition('u', call, 2);
    const invitees = (await manager.query(
      `SELECT u.id, u.email, u.display_name, u.locale FROM users u
        WHERE ${audience.sql}
          AND NOT EXISTS (SELECT 1 FROM call_invitations i WHERE i.call_id = $1 AND i.user_id = u.id)
        ORDER BY u.id LIMIT ${FANOUT_BATCH_SIZE}`,
      [call.id, ...audience.params],
    )) as Invitee[];
    if (invitees.length === 0) {
      await manager.update(CallEntity, { id: call.id }, { fanoutCompletedAt: new Date() });
      return 0;
    }

    const tokens = new Map(invitees.map((invitee) => [invitee.id, newSecretToken()]));
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(CallInvitationEntity)
      .values(
        invitees.map((invitee) => ({
          callId: call.id,
          userId: invitee.id,
          tokenHash: tokens.get(invitee.id)?.hash,
        })),
      )
      .orIgnore()
      .returning('user_id')
      .execute();
    // Another run may have invited some of them a moment ago: only those this run invited get a mail.
    const mine = new Set((inserted.raw as { user_id: string }[]).map((row) => row.user_id));
    await queueMails(
      manager,
      invitees
        .filter((invitee) => mine.has(invitee.id))
        .map((invitee) => ({
          dedupeKey: `call_invitation:${call.id}:${invitee.id}`,
          purpose: 'call_invitation',
          to: invitee.email,
          locale: resolveLocale(invitee.locale),
          message: composeCallInvitation({
            locale: resolveLocale(invitee.locale),
            displayName: invitee.display_name,
            question: call.question,
            reason: call.reason,
            caseTitle,
            closesAt: call.closesAt,
            answerUrl: `${this.config.publicUrl}/answer/${tokens.get(invitee.id)?.token}`,
          }),
        })),
    );
    return invitees.length;
  }

  /** Only a title an adviser wrote or confirmed leaves the staff (see CaseEntity.titleReviewed). */
  private async reviewedCaseTitle(caseId: string | null): Promise<string | null> {
    if (!caseId) return null;
    const row = await this.dataSource.manager.findOne(CaseEntity, { where: { id: caseId } });
    return row?.titleReviewed ? row.title : null;
  }
}
