// Before sending, the form shows bottlenecks the network already shares that look like what is being
// typed, so someone can see their signal is not alone. Only cases that reached `sharing` or later are
// shown, by their reference and the title advisers gave them: never a signal's own text.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { CaseEntity } from '@app/persistence';
import { findSimilarSignals } from '@app/triage';
import type { CaseStep } from '@app/workflow';
import type { SharedBottleneckDto, SimilarBottlenecksQueryDto } from './similar-bottlenecks.dto';

const SHARED_STEPS: CaseStep[] = ['sharing', 'agenda', 'feedback', 'closed'];
/** Below this the match is more likely another bottleneck than the same one (see similarity-settings). */
const MIN_SCORE = 0.5;
const MAX_SHOWN = 3;
/** Signals looked at: several may belong to one case, or to cases not shared yet. */
const SEARCH_DEPTH = 30;

@Injectable()
export class SimilarBottlenecksService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(query: SimilarBottlenecksQueryDto): Promise<SharedBottleneckDto[]> {
    const similar = await findSimilarSignals(
      this.dataSource.manager,
      { title: query.title, description: query.description ?? '', domains: query.domains ?? [] },
      SEARCH_DEPTH,
    );
    const scoreByCase = new Map<string, number>();
    for (const match of similar) {
      if (match.caseId && match.score >= MIN_SCORE && !scoreByCase.has(match.caseId)) {
        scoreByCase.set(match.caseId, match.score);
      }
    }
    if (scoreByCase.size === 0) return [];
    const cases = await this.dataSource.getRepository(CaseEntity).find({
      // Only titles an adviser wrote or confirmed: a default title is a submitter's own words.
      where: { id: In([...scoreByCase.keys()]), step: In(SHARED_STEPS), titleReviewed: true },
      select: { id: true, reference: true, title: true, step: true },
    });
    return cases
      .map((c) => ({
        reference: c.reference,
        title: c.title,
        step: c.step,
        score: scoreByCase.get(c.id) ?? 0,
      }))
      .sort((a, b) => b.score - a.score)
      .slice(0, MAX_SHOWN);
  }
}
