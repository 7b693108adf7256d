// The recipient's side of the feedback: the personal link from the mail shows what they answered to
// "did this help?" and records a new answer (a second one replaces the first). The token is the key;
// only its hash is stored, and an unknown link looks like a malformed one.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, hashSecretToken, isWellFormedSecretToken } from '@app/core';
import { CaseEntity, FeedbackRecipientEntity } from '@app/persistence';
import { RateLimitService } from '../auth/rate-limit.service';
import type { FeedbackAnswerDto } from './dto/feedback-input.dto';
import type { PublicFeedbackDto } from './dto/feedback-view.dto';

@Injectable()
export class PublicFeedbackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rateLimits: RateLimitService,
  ) {}

  async view(token: string): Promise<PublicFeedbackDto> {
    const manager = this.dataSource.manager;
    return toPublic(manager, await findRecipient(manager, token));
  }

  async answer(token: string, dto: FeedbackAnswerDto, ip: string): Promise<PublicFeedbackDto> {
    await this.rateLimits.consume('link_use_ip', ip);
    return this.dataSource.transaction(async (manager) => {
      const recipient = await findRecipient(manager, token, true);
      const answered = {
        helped: dto.helped,
        responseComment: dto.comment?.trim() || null,
        respondedAt: new Date(),
      };
      await manager.update(FeedbackRecipientEntity, { id: recipient.id }, answered);
      return toPublic(manager, { ...recipient, ...answered });
    });
  }
}

async function findRecipient(
  manager: EntityManager,
  token: string,
  lock = false,
): Promise<FeedbackRecipientEntity> {
  const recipient = isWellFormedSecretToken(token)
    ? await manager.findOne(FeedbackRecipientEntity, {
        where: { responseTokenHash: hashSecretToken(token) },
        ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
      })
    : null;
  if (!recipient) {
    throw new DomainError('not_found', {
      nl: 'Deze link kennen we niet. Controleer of je de hele link uit de e-mail hebt gebruikt.',
      en: 'This link is not known. Check that you used the whole link from the e-mail.',
    });
  }
  return recipient;
}

async function toPublic(
  manager: EntityManager,
  recipient: FeedbackRecipientEntity,
): Promise<PublicFeedbackDto> {
  const row = await manager.findOne(CaseEntity, { where: { id: recipient.caseId } });
  return {
    // Only a title an adviser wrote or confirmed leaves the staff.
    caseTitle: row?.titleReviewed ? row.title : null,
    helped: recipient.helped,
    comment: recipient.responseComment,
    respondedAt: recipient.respondedAt,
  };
}
