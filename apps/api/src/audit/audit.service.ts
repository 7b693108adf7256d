// Writes the audit log: who did what to whom. Never stores the secret or the personal data itself.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLogEntity, type AuditAction } from '@app/persistence';

export interface AuditEntry {
  action: AuditAction;
  actorId: string | null;
  subject?: { type: string; id: string };
  ip?: string | null;
  details?: Record<string, string | number | boolean | null>;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(AuditLogEntity, {
      action: entry.action,
      actorId: entry.actorId,
      subjectType: entry.subject?.type ?? null,
      subjectId: entry.subject?.id ?? null,
      ip: entry.ip ?? null,
      details: entry.details ?? {},
    });
  }
}
