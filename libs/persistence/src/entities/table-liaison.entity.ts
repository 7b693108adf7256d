import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { NationalTableEntity } from './national-table.entity';
import { UserEntity } from './user.entity';

/** A liaison of a table: they track its agenda items and see the cases on its agenda. */
@Entity({ name: 'table_liaisons' })
export class TableLiaisonEntity {
  @PrimaryColumn({ name: 'table_id', type: 'uuid' })
  tableId!: string;

  @ManyToOne(() => NationalTableEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'table_id', foreignKeyConstraintName: 'fk_table_liaisons_table' })
  table?: NationalTableEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_table_liaisons_user' })
  user?: UserEntity;
}
