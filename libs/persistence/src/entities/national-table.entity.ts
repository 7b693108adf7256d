import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { TableKind } from '@app/workflow';

/** A national table or body where bottlenecks are brought in (step 6), e.g. the OZK-tafel or VNG. */
@Entity({ name: 'national_tables' })
export class NationalTableEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_national_tables_name', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: TableKind;

  /** The table's own role, so a brief can say what is asked of it. */
  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
