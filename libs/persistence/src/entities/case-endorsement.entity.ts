import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CaseEntity } from './case.entity';
import { UserEntity } from './user.entity';
import type { Domain, OrganisationType } from '@app/workflow';

/** A member's "I recognise this" on a shared case, without a call; it counts as evidence too. */
@Entity({ name: 'case_endorsements' })
@Index('uq_case_endorsements_case_user', ['caseId', 'userId'], { unique: true })
export class CaseEndorsementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_case_endorsements_case' })
  case?: CaseEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_case_endorsements_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 20, nullable: true })
  domain!: Domain | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  region!: string | null;

  @Column({ name: 'organisation_type', type: 'varchar', length: 40, nullable: true })
  organisationType!: OrganisationType | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
