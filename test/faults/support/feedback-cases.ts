// Pipeline work beyond intake, for the faults to hit: cases that reach step 7 (feedback) through the
// API, whose feedback the adviser sends at moments the suite picks (just before Redis, Postgres, the
// worker or SMTP fail), so the send, mail and close-check jobs run through the faults too.
import type { Query, StaffClient } from './staff-client';

export interface FeedbackCase {
  caseId: string;
  signalIds: string[];
  sentAt?: number;
}

export class FeedbackCases {
  readonly cases: FeedbackCase[] = [];
  private tables = 0;

  constructor(
    private readonly adviser: StaffClient,
    private readonly db: Query,
  ) {}

  /**
   * Opens a case from the first signal, links the others, takes the shortcut to the agenda, records a
   * table's outcome and moves the case to feedback, where the worker prepares the message.
   */
  async open(signalIds: string[]): Promise<FeedbackCase> {
    const [first, ...others] = signalIds;
    const { caseId } = await this.adviser.expect<{ caseId: string }>(
      201,
      'POST',
      `/api/signals/${first}/open-case`,
      {
        title: `Fouttest knelpunt ${this.cases.length + 1}`,
      },
    );
    for (const id of others) await this.adviser.expect(200, 'POST', `/api/signals/${id}/link`, { caseId });
    await this.move(caseId, 'agenda', { reason: 'Al breed herkend.', handlingOption: 'funding_experiment' });
    const [table] = await this.db<{ id: string }>(
      `INSERT INTO national_tables (name, kind) VALUES ($1, 'table') RETURNING id`,
      [`Fouttest-tafel ${++this.tables}`],
    );
    await this.db(
      `INSERT INTO agenda_items (case_id, table_id, status, outcome, outcome_note)
       VALUES ($1, $2, 'outcome', 'commitment', 'Het ministerie onderzoekt een gezamenlijk budget.')`,
      [caseId, table.id],
    );
    await this.move(caseId, 'feedback');
    const opened = { caseId, signalIds };
    this.cases.push(opened);
    return opened;
  }

  /** True once the worker prepared the case's feedback message. */
  async prepared(feedbackCase: FeedbackCase): Promise<boolean> {
    return (await this.adviser.call('GET', `/api/cases/${feedbackCase.caseId}/feedback`)).status === 200;
  }

  /** The adviser presses send. */
  async send(feedbackCase: FeedbackCase): Promise<void> {
    const path = `/api/cases/${feedbackCase.caseId}/feedback`;
    const { version } = await this.adviser.expect<{ version: number }>(200, 'GET', path);
    await this.adviser.expect(200, 'POST', `${path}/send`, { expectedVersion: version });
    feedbackCase.sentAt = Date.now();
  }

  private async move(caseId: string, to: string, extra: object = {}): Promise<void> {
    const { version } = await this.adviser.expect<{ version: number }>(200, 'GET', `/api/cases/${caseId}`);
    await this.adviser.expect(200, 'POST', `/api/cases/${caseId}/transitions`, {
      to,
      expectedVersion: version,
      ...extra,
    });
  }
}
