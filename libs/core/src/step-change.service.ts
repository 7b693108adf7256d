// The only place a signal or case changes step. Under a row lock it checks the expected version, asks
// the transition table, runs the guards, and writes the new step, a history row and the outbox jobs in
// one transaction.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import {
  CASE_TRANSITIONS,
  SIGNAL_TRANSITIONS,
  decideTransition,
  type CaseFacts,
  type CaseStep,
  type HandlingOption,
  type SignalStep,
  type TransitionRefusal,
  type TransitionTable,
} from '@app/workflow';
import { CaseEntity, SignalEntity, StepHistoryEntity } from '@app/persistence';
import { addToOutbox, type OutboxJob } from '@app/queue';
import type { ActingUser } from './actor';
import { readCaseFacts } from './case-facts.reader';
import { DomainError, NotFoundError } from './domain-error';

interface StepChange<S extends string, E> {
  id: string;
  to: S;
  actor: ActingUser;
  reason?: string | null;
  /** The version the caller last saw; a different current version is a conflict (409). */
  expectedVersion?: number;
  /** Columns that change together with the step (e.g. the case a signal is linked to). */
  patch?: Partial<E>;
  /** Jobs to run once this change is committed. */
  jobs?: OutboxJob[];
  /** What the decision rested on (e.g. the recognition tally), kept in the history row. */
  evidence?: Record<string, unknown> | null;
}

export type CaseStepChange = StepChange<CaseStep, Pick<CaseEntity, 'handlingOption'>>;
export type SignalStepChange = StepChange<
  SignalStep,
  Pick<SignalEntity, 'caseId' | 'linkedAt' | 'handlingOption'>
>;

@Injectable()
export class StepChangeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  changeCaseStep(change: CaseStepChange, manager?: EntityManager): Promise<CaseEntity> {
    return this.inTransaction(manager, (m) =>
      this.apply(m, CaseEntity, CASE_TRANSITIONS, change, (row) => readCaseFacts(m, row)),
    );
  }

  changeSignalStep(change: SignalStepChange, manager?: EntityManager): Promise<SignalEntity> {
    return this.inTransaction(manager, (m) => this.apply(m, SignalEntity, SIGNAL_TRANSITIONS, change));
  }

  /** The first history row of a new signal or case: created straight into its initial step. */
  async recordCreated(
    manager: EntityManager,
    subject: { type: 'signal' | 'case'; id: string; step: string },
    actor: ActingUser,
    action: string,
  ): Promise<void> {
    await manager.insert(StepHistoryEntity, {
      subjectType: subject.type,
      subjectId: subject.id,
      fromStep: null,
      toStep: subject.step,
      action,
      actorId: actor.id,
      actorRole: actor.role,
      reason: null,
    });
  }

  private inTransaction<T>(
    manager: EntityManager | undefined,
    work: (m: EntityManager) => Promise<T>,
  ): Promise<T> {
    return manager ? work(manager) : this.dataSource.transaction(work);
  }

  private async apply<E extends CaseEntity | SignalEntity, S extends string>(
    manager: EntityManager,
    entity: new () => E,
    table: TransitionTable<S>,
    change: StepChange<S, Partial<E>>,
    gatherFacts?: (row: E) => Promise<CaseFacts>,
  ): Promise<E> {
    const row = await manager.findOne(entity, {
      where: { id: change.id } as FindOptionsWhere<E>,
      lock: { mode: 'pessimistic_write' },
    });
    if (!row) throw new NotFoundError(table.subject === 'case' ? 'Case' : 'Signal', change.id);

    const from = row.step as S;
    if (change.expectedVersion !== undefined && change.expectedVersion !== row.version) {
      throw new DomainError(
        'version_conflict',
        `This ${table.subject} was changed by someone else (version ${row.version}, you had ${change.expectedVersion}). Reload and try again.`,
        { current: { step: from, version: row.version } },
      );
    }

    const patched = { ...row, ...change.patch } as E;
    const facts = gatherFacts ? await gatherFacts(patched) : undefined;
    const reason = change.reason?.trim() || null;
    const decision = decideTransition(table, {
      from,
      to: change.to,
      actor: change.actor.role,
      reason,
      facts,
    });
    if (!decision.allowed) throw refusalError(decision.refusal, { step: from, version: row.version });

    const version = row.version + 1;
    const update = { ...change.patch, step: change.to, version } as QueryDeepPartialEntity<E>;
    await manager.update(entity, row.id, update);
    await manager.save(
      manager.create(StepHistoryEntity, {
        subjectType: table.subject,
        subjectId: row.id,
        fromStep: from,
        toStep: change.to,
        action: decision.rule.action,
        actorId: change.actor.id,
        actorRole: change.actor.role,
        reason,
        evidence: change.evidence ?? null,
      }),
    );
    if (table.subject === 'case' && patched.handlingOption) {
      await tagSignalsWithHandlingOption(manager, row.id, patched.handlingOption);
    }
    await addToOutbox(manager, change.jobs ?? []);
    return { ...patched, step: change.to, version };
  }
}

/** Every signal of a case carries the case's handling option (the domain: one per signal, inherited). */
export async function tagSignalsWithHandlingOption(
  manager: EntityManager,
  caseId: string,
  option: HandlingOption,
): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(SignalEntity)
    .set({ handlingOption: option })
    .where('case_id = :caseId AND handling_option IS DISTINCT FROM :option', { caseId, option })
    .execute();
}

function refusalError(refusal: TransitionRefusal, current: { step: string; version: number }): DomainError {
  const details: Record<string, unknown> = { current };
  if (refusal.code === 'guard_failed') details.guards = refusal.guards;
  return new DomainError(refusal.code, refusal.message, details);
}
