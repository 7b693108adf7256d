// The submitter's view of one signal, through the private link or (for a signed-in member) their own
// list: only this signal, in plain words, with no names, reasons or internal notes of staff.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '@app/core';
import { CaseEntity, SignalEntity, StepHistoryEntity } from '@app/persistence';
import type { Locale } from '@app/workflow';
import { hashTrackingToken, isWellFormedTrackingToken } from '../signals/tracking-token';
import { readSentFeedback } from '../feedback/sent-feedback.reader';
import { progressOf, publicStepName } from './signal-progress';
import type { TrackingViewDto } from './tracking-view.dto';

@Injectable()
export class TrackingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async view(token: string, locale: Locale): Promise<TrackingViewDto> {
    // A malformed and an unknown token get the same answer, so neither can be told apart.
    const signal = isWellFormedTrackingToken(token)
      ? await this.dataSource
          .getRepository(SignalEntity)
          .findOneBy({ trackingTokenHash: hashTrackingToken(token) })
      : null;
    if (!signal)
      throw new DomainError('not_found', {
        nl: 'Deze volglink kennen we niet. Controleer of je de hele link hebt gekopieerd.',
        en: 'This tracking link is not known. Check that you copied all of it.',
      });
    return this.describe(signal, locale);
  }

  /** The submitter's view of a signal the caller may see (checked by the caller). */
  async describe(signal: SignalEntity, locale: Locale): Promise<TrackingViewDto> {
    const linkedCase = signal.caseId
      ? await this.dataSource.getRepository(CaseEntity).findOneBy({ id: signal.caseId })
      : null;
    const history = await this.dataSource.getRepository(StepHistoryEntity).find({
      where: [
        { subjectType: 'signal', subjectId: signal.id },
        ...(linkedCase ? [{ subjectType: 'case' as const, subjectId: linkedCase.id }] : []),
      ],
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return {
      reference: signal.reference,
      title: signal.title,
      submittedAt: signal.createdAt,
      ...progressOf(signal, linkedCase, locale),
      history: history.flatMap((row) => {
        const name = publicStepName(row.toStep, locale);
        return name ? [{ name, at: row.createdAt }] : [];
      }),
      feedback: await readSentFeedback(this.dataSource.manager, signal.caseId, signal.locale),
    };
  }
}
