// The public side of calls: the list of open calls, and answers to public targeted calls. A signed-in
// member answers at once; anyone else gives an e-mail address, and the answer counts only once they
// confirm it, so nobody answers in another person's name.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan, type EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import {
  DomainError,
  NotFoundError,
  hashSecretToken,
  isWellFormedSecretToken,
  newSecretToken,
} from '@app/core';
import { composeAnswerConfirmation, queueMails } from '@app/mail';
import { CallEntity, PendingCallAnswerEntity } from '@app/persistence';
import type { Locale } from '@app/workflow';
import type { RequestUser } from '../auth/request-user';
import { RateLimitService } from '../auth/rate-limit.service';
import { callNotOpen, isAnswerable } from './call-rules';
import { writeCallAnswer } from './call-answer.writer';
import { toPublicCallDto } from './call-views';
import type { AnswerOutcomeDto, CallAnswerDto, PublicCallAnswerDto } from './dto/call-answer.dto';
import type { PublicCallDto } from './dto/call-view.dto';

const CONFIRMATION_VALID_MINUTES = 24 * 60;
const MAX_LISTED = 100;

@Injectable()
export class PublicCallService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly rateLimits: RateLimitService,
  ) {}

  /** Published calls open now that are listed publicly (every open call, and public targeted ones). */
  async listOpen(): Promise<PublicCallDto[]> {
    const calls = await this.dataSource.manager
      .createQueryBuilder(CallEntity, 'c')
      .where(`c.status = 'published' AND c.is_public AND c.opens_at <= now() AND c.closes_at > now()`)
      .orderBy('c.closes_at', 'ASC')
      .limit(MAX_LISTED)
      .getMany();
    return Promise.all(calls.map((call) => toPublicCallDto(this.dataSource.manager, call)));
  }

  async get(id: string): Promise<PublicCallDto> {
    return toPublicCallDto(this.dataSource.manager, await this.findListed(id));
  }

  async answer(
    id: string,
    dto: PublicCallAnswerDto,
    caller: RequestUser | undefined,
    ip: string,
    locale: Locale,
  ): Promise<AnswerOutcomeDto> {
    const { email, ...answer } = dto;
    const call = await this.findListed(id);
    if (call.kind !== 'targeted') {
      throw new DomainError('rule_violated', {
        nl: 'Een open oproep beantwoord je met een signaal via het formulier.',
        en: 'An open call is answered with a signal through the form.',
      });
    }
    if (caller?.role === 'member') {
      await this.dataSource.transaction(async (manager) => {
        await this.lockOpenCall(manager, id);
        await writeCallAnswer(manager, id, { kind: 'member', userId: caller.id }, answer);
      });
      return { status: 'recorded' };
    }
    if (!email) {
      throw new DomainError(
        'rule_violated',
        {
          nl: 'Vul je e-mailadres in, of log in als lid: je antwoord telt als je adres is bevestigd.',
          en: 'Enter your e-mail address, or sign in as a member: your answer counts once the address is confirmed.',
        },
        { field: 'email' },
      );
    }
    if (!isAnswerable(call)) throw callNotOpen();
    await this.rateLimits.consume('email_link_ip', ip);
    await this.rateLimits.consume('email_link_account', email);
    await this.queueConfirmation(call, email, answer, locale);
    return { status: 'confirmation_sent' };
  }

  /** Turns a pending answer into the address's answer (replacing an earlier one), once. */
  async confirm(token: string, ip: string): Promise<AnswerOutcomeDto> {
    await this.rateLimits.consume('link_use_ip', ip);
    await this.dataSource.transaction(async (manager) => {
      const pending = isWellFormedSecretToken(token)
        ? await manager.findOne(PendingCallAnswerEntity, {
            where: { tokenHash: hashSecretToken(token) },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!pending || pending.expiresAt.getTime() <= Date.now()) {
        throw new DomainError('link_invalid', {
          nl: 'Deze bevestigingslink is niet (meer) geldig. Geef je antwoord opnieuw.',
          en: 'This confirmation link is not valid (any more). Give your answer again.',
        });
      }
      await this.lockOpenCall(manager, pending.callId);
      await writeCallAnswer(
        manager,
        pending.callId,
        { kind: 'email', email: pending.email },
        pending.answer as unknown as CallAnswerDto,
      );
      await manager.delete(PendingCallAnswerEntity, { id: pending.id });
      // Expired confirmations are of no use to anyone; this is as good a moment as any to drop them.
      await manager.delete(PendingCallAnswerEntity, { expiresAt: LessThan(new Date()) });
    });
    return { status: 'recorded' };
  }

  private async queueConfirmation(
    call: CallEntity,
    email: string,
    answer: CallAnswerDto,
    locale: Locale,
  ): Promise<void> {
    const { token, hash } = newSecretToken();
    await this.dataSource.transaction(async (manager) => {
      const pending = manager.create(PendingCallAnswerEntity, {
        callId: call.id,
        email,
        answer: { ...answer },
        tokenHash: hash,
        expiresAt: new Date(Date.now() + CONFIRMATION_VALID_MINUTES * 60_000),
      });
      await manager.save(pending);
      await queueMails(manager, [
        {
          dedupeKey: `answer_confirmation:${pending.id}`,
          purpose: 'answer_confirmation',
          to: email,
          locale,
          message: composeAnswerConfirmation({
            locale,
            question: call.question,
            confirmUrl: `${this.config.publicUrl}/answer/confirm/${token}`,
            validMinutes: CONFIRMATION_VALID_MINUTES,
          }),
        },
      ]);
    });
  }

  private async lockOpenCall(manager: EntityManager, id: string): Promise<void> {
    const call = await manager.findOne(CallEntity, { where: { id }, lock: { mode: 'pessimistic_read' } });
    if (!call || !isAnswerable(call)) throw callNotOpen();
  }

  /** Only calls on the public page exist for the public: anything else answers like an unknown id. */
  private async findListed(id: string): Promise<CallEntity> {
    const call = await this.dataSource.manager.findOne(CallEntity, { where: { id, isPublic: true } });
    if (!call || call.status === 'draft') throw new NotFoundError('Call', id);
    return call;
  }
}
