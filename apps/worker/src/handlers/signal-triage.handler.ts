// The triage job: stores suggestions for the adviser (similar signals and cases, likely domains and
// handling option, personal data in the text) and moves the signal from intake to triage.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SYSTEM_ACTOR, StepChangeService } from '@app/core';
import { SignalEntity, type TriageSuggestions } from '@app/persistence';
import type { JobPayloads } from '@app/queue';
import { findPersonalData, findSimilarSignals, suggestDomains, suggestHandlingOption } from '@app/triage';
import { HandlesJob, type JobHandler } from '../jobs/job-handler';

@Injectable()
@HandlesJob('signal.triage')
export class SignalTriageHandler implements JobHandler<'signal.triage'> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stepChanges: StepChangeService,
  ) {}

  async handle({ signalId }: JobPayloads['signal.triage']): Promise<'triaged' | 'already_done' | 'gone'> {
    const signal = await this.dataSource.getRepository(SignalEntity).findOneBy({ id: signalId });
    if (!signal) return 'gone';
    if (signal.suggestedAt) return 'already_done';

    // Computed outside the transaction: it only reads, and may take a moment.
    const suggestions: TriageSuggestions = {
      similar: await findSimilarSignals(this.dataSource.manager, {
        excludeSignalId: signal.id,
        title: signal.title,
        description: signal.description,
        domains: signal.domains,
      }),
      domains: suggestDomains(signal.title, signal.description),
      handlingOption: suggestHandlingOption(signal.title, signal.description),
      personalData: findPersonalData(signal.title, signal.description),
    };

    return this.dataSource.transaction(async (manager) => {
      // Only the first run stores; a concurrent redelivery finds the row already done.
      const stored = await manager
        .createQueryBuilder()
        .update(SignalEntity)
        .set({ suggestions, suggestedAt: () => 'now()' })
        .where('id = :id AND suggested_at IS NULL', { id: signal.id })
        .execute();
      if (stored.affected === 0) return 'already_done';
      // An adviser may already have decided on the signal; then it stays where it is.
      const current = await manager.findOneByOrFail(SignalEntity, { id: signal.id });
      if (current.step === 'intake') {
        await this.stepChanges.changeSignalStep(
          { id: signal.id, to: 'triage', actor: SYSTEM_ACTOR },
          manager,
        );
      }
      return 'triaged';
    });
  }
}
