import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A theme (opgave) a national route works on, e.g. "sociaal netwerk versterkend werken"; cases are grouped under it. */
@Entity({ name: 'themes' })
export class ThemeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_themes_name', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** The national route that works on it, e.g. the Verbindingsroute. */
  @Column({ name: 'national_route', type: 'varchar', length: 200, default: '' })
  nationalRoute!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
