// Runs when a call's close time comes: closes the call and, for a targeted call, tallies its answers
// (plus "I recognise this" on the case) into a recommendation stored with the numbers behind it, and
// tells the adviser. The tally is written once per call: a second run finds it and changes nothing.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { SettingsService, readRecognitionFigures } from '@app/core';
import { composeRecognitionTally, queueMails, resolveLocale } from '@app/mail';
import {
  CallEntity,
  CaseEntity,
  RecognitionTallyEntity,
  UserEntity,
  type RecognitionFigures,
} from '@app/persistence';
import { recommendRecognition } from '@app/workflow';

export type TallyOutcome = 'tallied' | 'closed' | 'not_due' | 'already_closed' | 'unknown_call';

@Injectable()
export class RecognitionTallyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
    private readonly config: AppConfig,
  ) {}

  run(callId: string): Promise<TallyOutcome> {
    return this.dataSource.transaction(async (manager) => {
      // Locked: an adviser moving the close date, or a second run, waits for this one.
      const call = await manager.findOne(CallEntity, {
        where: { id: callId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!call) return 'unknown_call';
      if (call.status === 'closed') return 'already_closed';
      // The close date moved later after this job was planned; the job planned for the new date runs then.
      if (call.status !== 'published' || call.closesAt.getTime() > Date.now()) return 'not_due';

      await manager.update(
        CallEntity,
        { id: call.id },
        { status: 'closed', closedAt: new Date(), version: call.version + 1 },
      );
      if (call.kind !== 'targeted' || !call.caseId) return 'closed';
      await this.tally(manager, call, call.caseId);
      return 'tallied';
    });
  }

  private async tally(manager: EntityManager, call: CallEntity, caseId: string): Promise<void> {
    const figures: RecognitionFigures = await readRecognitionFigures(manager, caseId, call.id);
    const thresholds = await this.settings.get('recognition_thresholds', manager);
    const recommendation = recommendRecognition(
      {
        respondents: figures.respondents,
        recognising: figures.recognised + figures.partly + figures.endorsements,
        domainsRecognising: figures.domainsRecognising,
        regionsRecognising: figures.regionsRecognising,
      },
      thresholds,
    );
    await manager.insert(
      RecognitionTallyEntity,
      manager.create(RecognitionTallyEntity, {
        callId: call.id,
        caseId,
        figures: figures as never,
        recommendation,
        thresholds: thresholds as never,
      }),
    );
    await this.notifyAdviser(manager, call, caseId, figures, recommendation);
  }

  private async notifyAdviser(
    manager: EntityManager,
    call: CallEntity,
    caseId: string,
    figures: RecognitionFigures,
    recommendation: ReturnType<typeof recommendRecognition>,
  ): Promise<void> {
    const adviser = call.createdById
      ? await manager.findOne(UserEntity, { where: { id: call.createdById, active: true } })
      : null;
    const caseRow = await manager.findOneOrFail(CaseEntity, { where: { id: caseId } });
    if (!adviser) return;
    const locale = resolveLocale(adviser.locale);
    await queueMails(manager, [
      {
        dedupeKey: `recognition_tally:${call.id}`,
        purpose: 'recognition_tally',
        to: adviser.email,
        locale,
        message: composeRecognitionTally({
          locale,
          displayName: adviser.displayName,
          caseReference: caseRow.reference,
          caseTitle: caseRow.title,
          respondents: figures.respondents,
          shareRecognising: figures.shareRecognising,
          domainsRecognising: figures.domainsRecognising,
          regionsRecognising: figures.regionsRecognising,
          recommendation,
          caseUrl: `${this.config.publicUrl}/knelpunten/${caseId}`,
        }),
      },
    ]);
  }
}
