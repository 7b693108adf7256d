// Demo mode (DEMO=1, set by `npm start`): realistic Dutch signals from practice, linked into cases by
// theme and spread over the steps, so a newcomer sees a living system. Runs once per database.
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { StepChangeService, userActor, type ActingUser } from '@app/core';
import { UserEntity } from '@app/persistence';
import { ROLES, type HandlingOption, type Role } from '@app/workflow';
import { hashPassword } from '../auth/password-hasher';
import { CallService } from '../calls/call.service';
import type { CreateSignalDto } from '../signals/dto/create-signal.dto';
import { SignalIntakeService } from '../signals/signal-intake.service';
import { SignalTriageService } from '../signals/signal-triage.service';
import practice from './signals-practice.json';

interface PracticeSignal {
  id: string;
  title: string;
  description: string;
  kind: string;
  domains: string[];
  region: string;
  submitterRole: string;
  channel: string;
  handlingOption: string;
  theme: string;
}

const DEMO_LOCK = 424242;
export const DEMO_EMAIL_DOMAIN = 'demo.signaalroute.nl';
const MEMBER_SHARE = 17;

@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly password: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly intake: SignalIntakeService,
    private readonly triage: SignalTriageService,
    private readonly stepChanges: StepChangeService,
    private readonly calls: CallService,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext('DemoSeeder');
    // Generated when not given: demo accounts must not share a password known from the source code.
    this.password = config.DEMO_PASSWORD ?? randomBytes(12).toString('base64url');
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.DEMO) return;
    await this.dataSource.transaction(async (manager) => {
      // One API process seeds; others starting at the same moment wait and then find it done.
      await manager.query('SELECT pg_advisory_xact_lock($1)', [DEMO_LOCK]);
      if (await manager.existsBy(UserEntity, { email: `admin@${DEMO_EMAIL_DOMAIN}` })) return;
      await this.seedUsers(manager);
    });
    await this.setDemoPasswords();
    const users = await this.dataSource.getRepository(UserEntity).find({ order: { role: 'ASC' } });
    const adviser = users.find((u) => u.role === 'adviser');
    const member = users.find((u) => u.email === `member@${DEMO_EMAIL_DOMAIN}`);
    if (adviser && !(await this.dataSource.query(`SELECT 1 FROM signals LIMIT 1`)).length) {
      const firstLink = await this.seedSignals(userActor(adviser), member ? userActor(member) : null);
      await this.seedOpenCall(adviser);
      this.logger.info('Demo data loaded: %d signals', practice.length);
      console.log(`\nDemo tracking link of one signal: ${firstLink}`);
    }
    console.log('Demo accounts (sign in with POST /api/auth/login; the member uses an e-mail link):');
    for (const user of users) console.log(`  ${user.role.padEnd(8)} ${user.email}`);
    console.log(
      this.config.DEMO_PASSWORD
        ? '  password: the value of DEMO_PASSWORD'
        : `  password: ${this.password}   (new at every start; set DEMO_PASSWORD to choose it)`,
    );
  }

  /** One account per role; staff get the demo password, members sign in by e-mail link. */
  private async seedUsers(manager: EntityManager): Promise<void> {
    const names: Record<Role, string> = {
      admin: 'Regisseur Demo',
      adviser: 'Netwerkadviseur Demo',
      expert: 'Expert Demo',
      liaison: 'Tafel-liaison Demo',
      member: 'Lid Demo',
    };
    await manager.insert(
      UserEntity,
      ROLES.map((role) => ({ email: `${role}@${DEMO_EMAIL_DOMAIN}`, displayName: names[role], role })),
    );
    // The demo member has a profile, so targeted calls in the demo reach someone.
    await manager.update(
      UserEntity,
      { email: `member@${DEMO_EMAIL_DOMAIN}` },
      { domains: ['education', 'childcare'], region: 'Utrecht', organisationType: 'school' },
    );
  }

  /** Every demo start sets the staff demo accounts' password: DEMO_PASSWORD, or a new one printed below. */
  private async setDemoPasswords(): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(UserEntity)
      .set({ passwordHash: await hashPassword(this.password) })
      .where(`email LIKE :pattern AND role <> 'member'`, { pattern: `%@${DEMO_EMAIL_DOMAIN}` })
      .execute();
  }

  /**
   * Submits every practice signal, then triages most of them into one case per theme. Every
   * MEMBER_SHARE-th signal is the demo member's, so "my signals" shows signals at several steps.
   */
  private async seedSignals(adviser: ActingUser, member: ActingUser | null): Promise<string> {
    const byTheme = new Map<string, { signalId: string; source: PracticeSignal }[]>();
    let firstLink = '';
    for (const [index, source] of (practice as PracticeSignal[]).entries()) {
      const { created } = await this.intake.submit(toSubmission(source), {
        locale: 'nl',
        actor: member && index % MEMBER_SHARE === 0 ? member : { id: null, role: 'member' },
      });
      firstLink ||= created.trackingUrl;
      byTheme.set(source.theme, [...(byTheme.get(source.theme) ?? []), { signalId: created.id, source }]);
    }

    let caseIndex = 0;
    for (const signals of byTheme.values()) {
      // A theme's newest signal stays in the inbox, so triage shows its similar signals at work.
      const toTriage = signals.length >= 3 ? signals.slice(0, -1) : signals.length === 2 ? signals : [];
      if (toTriage.length === 0) continue;
      const [first, ...rest] = toTriage;
      const { case: opened } = await this.triage.openCase(
        first.signalId,
        { title: first.source.theme },
        adviser,
      );
      for (const other of rest) await this.triage.link(other.signalId, { caseId: opened.id }, adviser);
      await this.advance(opened.id, caseIndex++, first.source.handlingOption as HandlingOption, adviser);
    }
    return firstLink;
  }

  /** An open call on the public calls page, as the network would put one out. */
  private async seedOpenCall(adviser: UserEntity): Promise<void> {
    const call = await this.calls.create(
      {
        kind: 'open',
        question: 'Waar loop jij vast in de samenwerking tussen onderwijs, kinderopvang en jeugdhulp?',
        reason:
          'We verzamelen knelpunten uit de praktijk voor de Onderwijs-Zorg-Kinderopvang-tafel. Ook voorbeelden van wat wél werkt zijn welkom.',
        channels: ['website', 'linkedin', 'newsletter'],
        closesAt: new Date(Date.now() + 30 * 24 * 3600_000).toISOString(),
      },
      adviser,
    );
    await this.calls.publish(call.id, call.version);
  }

  /** Spreads the cases over the steps the workflow can reach today. */
  private async advance(
    caseId: string,
    index: number,
    option: HandlingOption,
    adviser: ActingUser,
  ): Promise<void> {
    switch (index % 4) {
      case 0:
        return;
      case 1:
        await this.stepChanges.changeCaseStep({ id: caseId, to: 'deepening', actor: adviser });
        // The demo expert works on the cases in deepening, so their case list is not empty.
        await this.dataSource.query(
          `INSERT INTO case_assignments (case_id, expert_id, assigned_by_id)
           SELECT $1, id, $2 FROM users WHERE email = $3`,
          [caseId, adviser.id, `expert@${DEMO_EMAIL_DOMAIN}`],
        );
        return;
      case 2:
        await this.stepChanges.changeCaseStep({
          id: caseId,
          to: 'agenda',
          actor: adviser,
          reason: 'Breed herkend in eerdere gesprekken met netwerkpartners; de oorzaak is al duidelijk.',
          patch: { handlingOption: option },
        });
        return;
      default:
        await this.stepChanges.changeCaseStep({
          id: caseId,
          to: 'archived',
          actor: adviser,
          reason: 'Niet breed herkend bij de toetsing.',
        });
    }
  }
}

function toSubmission(source: PracticeSignal): CreateSignalDto {
  return {
    title: source.title,
    description: source.description,
    kind: source.kind as CreateSignalDto['kind'],
    domains: source.domains as CreateSignalDto['domains'],
    region: source.region,
    submitterRole: source.submitterRole as CreateSignalDto['submitterRole'],
    channel: source.channel as CreateSignalDto['channel'],
  };
}
