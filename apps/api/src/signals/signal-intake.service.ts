// Step 1: a submission is stored, acknowledged and handed to triage, all in one transaction. The jobs
// go through the outbox, so a submission is accepted even while Redis is down.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { DomainError, StepChangeService, type ActingUser } from '@app/core';
import { composeAcknowledgement } from '@app/mail';
import { CallEntity, IdempotencyRecordEntity, MailMessageEntity, SignalEntity } from '@app/persistence';
import { addToOutbox, outboxJob, type OutboxJob } from '@app/queue';
import { SIGNAL_INITIAL_STEP, type Locale } from '@app/workflow';
import type { CreateSignalDto } from './dto/create-signal.dto';
import type { SignalCreatedDto } from './dto/signal-created.dto';
import { newTrackingToken, trackingUrl } from './tracking-token';

export interface SubmitContext {
  locale: Locale;
  idempotencyKey?: string;
  /** Who submits: an anonymous member of the public (id null), a signed-in member, or an adviser registering it. */
  actor: ActingUser;
}

export interface SubmitResult {
  created: SignalCreatedDto;
  replayed: boolean;
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{16,200}$/;

@Injectable()
export class SignalIntakeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly stepChanges: StepChangeService,
  ) {}

  async submit(dto: CreateSignalDto, context: SubmitContext): Promise<SubmitResult> {
    assertConsentMatchesEmail(dto, context.locale);
    const key = context.idempotencyKey;
    if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
      throw new DomainError('validation_failed', {
        nl: 'De Idempotency-Key moet 16 tot 200 letters, cijfers of - _ . : tekens lang zijn.',
        en: 'The Idempotency-Key header must be 16 to 200 letters, digits or - _ . : characters.',
      });
    }
    // A member's key is theirs: the same key from anyone else is a different submission, never a replay.
    const submittedById = submitterOf(context.actor);
    const fingerprint = createHash('sha256')
      .update(JSON.stringify(submittedById ? { dto, submittedById } : dto))
      .digest('hex');

    return this.dataSource.transaction(async (manager) => {
      if (key) {
        const replay = await this.claimIdempotencyKey(manager, key, fingerprint);
        if (replay) return { created: replay, replayed: true };
      }
      const created = await this.store(manager, dto, context);
      if (key) {
        await manager.update(IdempotencyRecordEntity, { key }, { response: { ...created } });
      }
      return { created, replayed: false };
    });
  }

  /**
   * Claims the key for this transaction, or returns the answer of the request that claimed it first.
   * A concurrent request with the same key waits on the primary key until the first one commits.
   */
  private async claimIdempotencyKey(
    manager: EntityManager,
    key: string,
    fingerprint: string,
  ): Promise<SignalCreatedDto | null> {
    const claimed = await manager
      .createQueryBuilder()
      .insert()
      .into(IdempotencyRecordEntity)
      .values({ key, fingerprint })
      .orIgnore()
      .returning('key')
      .execute();
    if (claimed.raw.length > 0) return null;

    const first = await manager.findOneByOrFail(IdempotencyRecordEntity, { key });
    if (first.fingerprint !== fingerprint || !first.response) {
      throw new DomainError('idempotency_conflict', {
        nl: 'Deze Idempotency-Key is al gebruikt voor een andere melding. Gebruik een nieuwe sleutel per melding.',
        en: 'This Idempotency-Key was already used for a different submission. Use a new key for a new signal.',
      });
    }
    return first.response as unknown as SignalCreatedDto;
  }

  private async store(
    manager: EntityManager,
    dto: CreateSignalDto,
    context: SubmitContext,
  ): Promise<SignalCreatedDto> {
    const [{ nextval }] = (await manager.query(`SELECT nextval('signal_reference_seq') AS nextval`)) as {
      nextval: string;
    }[];
    const reference = `SR-${new Date().getFullYear()}-${nextval.padStart(6, '0')}`;
    const { token, hash } = newTrackingToken();
    const contact = dto.consent?.contact === true;
    if (dto.callId) await checkAnsweredCall(manager, dto.callId);

    const signal = manager.create(SignalEntity, {
      reference,
      kind: dto.kind ?? 'bottleneck',
      title: dto.title,
      description: dto.description,
      domains: dto.domains,
      region: dto.region ?? null,
      submitterRole: dto.submitterRole ?? null,
      organisation: dto.organisation ?? null,
      channel: dto.channel ?? 'website',
      email: contact ? (dto.email ?? null) : null,
      consentContact: contact,
      consentPublication: dto.consent?.publication === true,
      locale: context.locale,
      callId: dto.callId ?? null,
      submittedById: submitterOf(context.actor),
      registeredById: context.actor.role === 'adviser' ? context.actor.id : null,
      step: SIGNAL_INITIAL_STEP,
      trackingTokenHash: hash,
    });
    await manager.insert(SignalEntity, signal);
    await this.stepChanges.recordCreated(
      manager,
      { type: 'signal', id: signal.id, step: signal.step },
      context.actor,
      'submit',
    );

    const link = trackingUrl(this.config.publicUrl, token);
    const jobs: OutboxJob[] = [outboxJob('signal.triage', { signalId: signal.id })];
    if (signal.email) {
      const message = composeAcknowledgement({
        locale: signal.locale,
        reference,
        title: signal.title,
        trackingUrl: link,
      });
      const mail = manager.create(MailMessageEntity, {
        dedupeKey: `acknowledgement:${signal.id}`,
        purpose: 'acknowledgement',
        toAddress: signal.email,
        locale: signal.locale,
        subject: message.subject,
        textBody: message.text,
        htmlBody: message.html,
        signalId: signal.id,
      });
      await manager.insert(MailMessageEntity, mail);
      jobs.push(outboxJob('mail.send', { mailId: mail.id }));
    }
    await addToOutbox(manager, jobs);
    return { id: signal.id, reference, trackingUrl: link };
  }
}

/** A signed-in member's submission is tied to their account, so they see it among their own signals. */
function submitterOf(actor: ActingUser): string | null {
  return actor.role === 'member' ? actor.id : null;
}

const CONSENT_NEEDED = {
  nl: 'Geef toestemming voor contact, of laat je e-mailadres leeg.',
  en: 'Give consent to contact, or leave the e-mail address empty.',
};
const EMAIL_NEEDED = {
  nl: 'Vul je e-mailadres in: dat is nodig om contact met je op te nemen.',
  en: 'Fill in your e-mail address: it is needed to contact you.',
};

/** Contact details are kept only with consent to use them, and consent needs an address. */
function assertConsentMatchesEmail(dto: CreateSignalDto, locale: Locale): void {
  const contact = dto.consent?.contact === true;
  const problem =
    dto.email && !contact
      ? { field: 'consent.contact', code: 'consentRequired', text: CONSENT_NEEDED }
      : contact && !dto.email
        ? { field: 'email', code: 'emailRequired', text: EMAIL_NEEDED }
        : null;
  if (problem) {
    throw new DomainError('validation_failed', problem.text, {
      errors: [{ field: problem.field, code: problem.code, message: problem.text[locale] }],
    });
  }
}

/**
 * A signal can answer a published open call; one sent after the call closed still counts as its
 * answer (late is better than lost). Anything else is a mistake the sender should hear about.
 */
async function checkAnsweredCall(manager: EntityManager, callId: string): Promise<void> {
  const call = await manager.findOne(CallEntity, { where: { id: callId } });
  if (!call || call.kind !== 'open' || call.status === 'draft') {
    throw new DomainError(
      'rule_violated',
      {
        nl: 'Deze oproep bestaat niet (meer). Stuur je signaal zonder oproep, dan komt het ook aan.',
        en: 'This call does not exist (any more). Send your signal without the call and it arrives too.',
      },
      { field: 'callId' },
    );
  }
}
