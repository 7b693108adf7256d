// The submitter's view through the private link: only this one signal, in plain words, with no
// names, reasons or internal notes of staff.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { DomainError } from '@app/core';
import { CaseEntity, SignalEntity, StepHistoryEntity } from '@app/persistence';
import { ROUTE_STEPS, type Locale, type RouteStep } from '@app/workflow';
import { hashTrackingToken, isWellFormedTrackingToken } from '../signals/tracking-token';
import { CLOSED_LABELS, ROUTE_STEP_LABELS } from './step-labels';
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
      throw new DomainError('not_found', 'This tracking link is not known. Check that it is complete.');

    const linkedCase = signal.caseId
      ? await this.dataSource.getRepository(CaseEntity).findOneBy({ id: signal.caseId })
      : null;
    const current = currentPosition(signal, linkedCase);
    const history = await this.dataSource.getRepository(StepHistoryEntity).find({
      where: [
        { subjectType: 'signal', subjectId: signal.id },
        ...(linkedCase
          ? [{ subjectType: 'case' as const, subjectId: linkedCase.id, toStep: In(ROUTE_STEPS) }]
          : []),
      ],
      order: { createdAt: 'ASC', id: 'ASC' },
    });

    const currentIndex = ROUTE_STEPS.indexOf(current.step);
    const label = current.terminal
      ? CLOSED_LABELS[current.terminal][locale]
      : ROUTE_STEP_LABELS[current.step][locale];
    return {
      reference: signal.reference,
      title: signal.title,
      submittedAt: signal.createdAt,
      status: label.name,
      statusExplanation: label.explanation,
      state: current.terminal ?? 'open',
      steps: ROUTE_STEPS.map((step, index) => ({
        step,
        ...ROUTE_STEP_LABELS[step][locale],
        // An archived or closed signal has finished the step it stopped in.
        state:
          index < currentIndex
            ? 'done'
            : index > currentIndex
              ? 'upcoming'
              : current.terminal
                ? 'done'
                : 'current',
      })),
      history: history.flatMap((row) => {
        const name = publicName(row.toStep, locale);
        return name ? [{ name, at: row.createdAt }] : [];
      }),
    };
  }
}

/** A signal shows its own step until it is linked; then the step of its case. */
function currentPosition(
  signal: SignalEntity,
  linkedCase: CaseEntity | null,
): { step: RouteStep; terminal?: 'closed' | 'archived' } {
  if (linkedCase && signal.step === 'linked') {
    if (linkedCase.step === 'closed') return { step: 'feedback', terminal: 'closed' };
    if (linkedCase.step === 'archived') return { step: 'recognition', terminal: 'archived' };
    return { step: linkedCase.step };
  }
  if (signal.step === 'archived') return { step: 'triage', terminal: 'archived' };
  if (signal.step === 'linked') return { step: 'recognition' };
  return { step: signal.step };
}

function publicName(step: string, locale: Locale): string | null {
  if (step === 'closed' || step === 'archived') return CLOSED_LABELS[step][locale].name;
  if ((ROUTE_STEPS as readonly string[]).includes(step))
    return ROUTE_STEP_LABELS[step as RouteStep][locale].name;
  return null; // 'linked' is internal: the case's own steps follow
}
