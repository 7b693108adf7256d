import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Domain, Locale, OrganisationType, Role } from '@app/workflow';

/** A person who signs in: staff with a password, members with an e-mail link. */
@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_users_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  /** argon2id; null for members (they sign in by e-mail link) and for staff who have not accepted their invite. */
  @Column({ name: 'password_hash', type: 'varchar', length: 255, nullable: true, select: false })
  passwordHash?: string | null;

  /** A deactivated account keeps its history, but its sessions and tokens stop working at once. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  lastSignInAt!: Date | null;

  @Column({ type: 'varchar', length: 2, default: 'nl' })
  locale!: Locale;

  /** A member's profile: who a targeted call reaches (by domain and region) and what an answer records. */
  @Column({ type: 'varchar', length: 20, array: true, default: '{}' })
  domains!: Domain[];

  @Column({ type: 'varchar', length: 100, nullable: true })
  region!: string | null;

  @Column({ name: 'organisation_type', type: 'varchar', length: 40, nullable: true })
  organisationType!: OrganisationType | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  organisation!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
