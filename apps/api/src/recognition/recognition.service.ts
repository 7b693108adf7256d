// The adviser's recognition panel (step 3): the targeted calls about a case with their answers, live
// figures while a call is open, the stored tallies, conversations with partners, and endorsements.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { DomainError, SettingsService, readRecognitionFigures } from '@app/core';
import {
  CallAnswerEntity,
  CallEntity,
  CaseEndorsementEntity,
  RecognitionConversationEntity,
  RecognitionTallyEntity,
} from '@app/persistence';
import { recommendRecognition } from '@app/workflow';
import { findVisibleCase, type CaseViewer } from '../cases/case-visibility';
import { toCallDto } from '../calls/call-views';
import type { RecordConversationDto } from './dto/record-conversation.dto';
import type {
  RecognitionAnswerViewDto,
  RecognitionConversationDto,
  RecognitionPanelDto,
} from './dto/recognition-panel.dto';

const MAX_ANSWERS_SHOWN = 500;

@Injectable()
export class RecognitionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
  ) {}

  async panel(caseId: string, viewer: CaseViewer): Promise<RecognitionPanelDto> {
    const manager = this.dataSource.manager;
    await findVisibleCase(manager, caseId, viewer);
    const calls = await manager.find(CallEntity, {
      where: { caseId, kind: 'targeted' },
      order: { createdAt: 'DESC' },
    });
    const callIds = calls.map((call) => call.id);
    const answers =
      callIds.length === 0
        ? []
        : await manager.find(CallAnswerEntity, {
            where: { callId: In(callIds) },
            order: { answeredAt: 'DESC' },
            take: MAX_ANSWERS_SHOWN,
          });
    const thresholds = await this.settings.get('recognition_thresholds');
    const live = await Promise.all(
      calls
        .filter((call) => call.status === 'published')
        .map(async (call) => {
          const figures = await readRecognitionFigures(manager, caseId, call.id);
          const recommendation = recommendRecognition(
            {
              respondents: figures.respondents,
              recognising: figures.recognised + figures.partly + figures.endorsements,
              domainsRecognising: figures.domainsRecognising,
              regionsRecognising: figures.regionsRecognising,
            },
            thresholds,
          );
          return { callId: call.id, figures, recommendation };
        }),
    );
    const tallies = await manager.find(RecognitionTallyEntity, {
      where: { caseId },
      order: { createdAt: 'DESC' },
    });
    return {
      calls: await Promise.all(calls.map((call) => toCallDto(manager, call))),
      answers: answers.map(toAnswerView),
      live,
      tallies: tallies.map((tally) => ({
        callId: tally.callId,
        figures: tally.figures,
        recommendation: tally.recommendation,
        thresholds: tally.thresholds,
        createdAt: tally.createdAt,
      })),
      conversations: await this.conversations(caseId),
      endorsements: await manager.count(CaseEndorsementEntity, { where: { caseId } }),
    };
  }

  async recordConversation(
    caseId: string,
    dto: RecordConversationDto,
    viewer: CaseViewer,
  ): Promise<RecognitionConversationDto[]> {
    await this.dataSource.transaction(async (manager) => {
      const caseRow = await findVisibleCase(manager, caseId, viewer);
      if (caseRow.step !== 'recognition') {
        throw new DomainError(
          'rule_violated',
          {
            nl: 'Een toetsgesprek leg je vast zolang het knelpunt in de stap Toetsen staat.',
            en: 'A recognition conversation is recorded while the case is in the recognition step.',
          },
          { step: caseRow.step },
        );
      }
      if (dto.heldOn > new Date().toISOString().slice(0, 10)) {
        throw new DomainError(
          'rule_violated',
          {
            nl: 'Het gesprek kan niet in de toekomst liggen.',
            en: 'The conversation cannot be in the future.',
          },
          { field: 'heldOn' },
        );
      }
      await manager.insert(RecognitionConversationEntity, {
        caseId,
        partners: dto.partners,
        heldOn: dto.heldOn,
        outcome: dto.outcome,
        notes: dto.notes ?? '',
        recordedById: viewer.id,
      });
    });
    return this.conversations(caseId);
  }

  private async conversations(caseId: string): Promise<RecognitionConversationDto[]> {
    const rows = await this.dataSource.manager.find(RecognitionConversationEntity, {
      where: { caseId },
      order: { heldOn: 'DESC', createdAt: 'DESC' },
    });
    return rows.map(({ id, partners, heldOn, outcome, notes, createdAt }) => ({
      id,
      partners,
      heldOn,
      outcome,
      notes,
      createdAt,
    }));
  }
}

function toAnswerView(row: CallAnswerEntity): RecognitionAnswerViewDto {
  return {
    callId: row.callId,
    recognition: row.recognition,
    urgency: row.urgency,
    needed: row.needed,
    comment: row.comment,
    domain: row.domain,
    region: row.region,
    organisationType: row.organisationType,
    organisation: row.organisation,
    byMember: row.userId !== null,
    consentPublication: row.consentPublication,
    answeredAt: row.answeredAt,
  };
}
