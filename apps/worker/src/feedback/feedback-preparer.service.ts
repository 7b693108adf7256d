// Prepares a case's feedback when it enters step 7: the message (a first draft in Dutch and English,
// from the case's history and outcomes) and its recipients, in one transaction. The message is unique
// per case: a rerun, or a second run at the same time, finds it there and changes nothing.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CaseEntity, FeedbackMessageEntity } from '@app/persistence';
import { readFeedbackFacts } from './feedback-facts.reader';
import { gatherRecipients, insertRecipients } from './feedback-recipients';
import { composeFeedbackTexts } from './feedback-text';

export type FeedbackPrepareOutcome =
  { outcome: 'prepared'; recipients: number } | { outcome: 'already_prepared' | 'gone' | 'not_in_feedback' };

@Injectable()
export class FeedbackPreparer {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  prepare(caseId: string): Promise<FeedbackPrepareOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(CaseEntity, { where: { id: caseId } });
      if (!row) return { outcome: 'gone' };
      if (row.step !== 'feedback') return { outcome: 'not_in_feedback' };

      const texts = composeFeedbackTexts(await readFeedbackFacts(manager, row));
      // A second run waits here on the unique index until the first commits, then inserts nothing.
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(FeedbackMessageEntity)
        .values({ caseId, ...texts })
        .orIgnore()
        .returning('id')
        .execute();
      if ((inserted.raw as unknown[]).length === 0) return { outcome: 'already_prepared' };

      const recipients = await insertRecipients(manager, caseId, await gatherRecipients(manager, caseId));
      return { outcome: 'prepared', recipients };
    });
  }
}
