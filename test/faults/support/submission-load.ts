// A steady stream of public submissions, sent the way a careful client sends them: one Idempotency-Key
// per submission, and on a network error, a timeout or a 5xx the same request again with the same key
// until the API accepts it. Every outcome is kept, so the suite can compare it with the database.
import { randomUUID } from 'node:crypto';

export interface Submission {
  key: string;
  /** A word unique to this submission, in its title: finds its rows in the database. */
  marker: string;
  withEmail: boolean;
  attempts: number;
  /** The signal id from the 2xx answer, once accepted. */
  acceptedId?: string;
  acceptedAt?: number;
  /** True when the API said it replayed an earlier accepted attempt (Idempotent-Replayed). */
  replayed?: boolean;
}

export interface LoadOptions {
  baseUrl: () => string;
  clients: number;
  /** Pause between one client's submissions. */
  pauseMs: number;
  /** One attempt may take this long before the client gives up on it and retries. */
  attemptTimeoutMs?: number;
}

const RETRY_PAUSE_MS = 200;

export class SubmissionLoad {
  readonly submissions: Submission[] = [];
  /** Answers per status code ('network' for errors and timeouts), over every attempt. */
  readonly answers = new Map<string, number>();
  /** Answers that were neither 2xx nor a retryable failure: a client would have given up. */
  readonly refused: { key: string; status: number; body: string }[] = [];
  private running = false;
  private clients: Promise<void>[] = [];
  private counter = 0;

  constructor(private readonly options: LoadOptions) {}

  start(): void {
    this.running = true;
    this.clients = Array.from({ length: this.options.clients }, (_, client) => this.client(client));
  }

  /** Lets every client finish the submission it is sending (until accepted), then resolves. */
  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.clients);
  }

  accepted(): Submission[] {
    return this.submissions.filter((s) => s.acceptedId !== undefined);
  }

  /** Accepted submissions whose answer arrived in the time window. */
  acceptedBetween(from: number, to: number): Submission[] {
    return this.accepted().filter((s) => s.acceptedAt! >= from && s.acceptedAt! <= to);
  }

  private async client(client: number): Promise<void> {
    while (this.running) {
      await this.submitOne(client);
      await new Promise((resolve) => setTimeout(resolve, this.options.pauseMs));
    }
  }

  private async submitOne(client: number): Promise<void> {
    const n = ++this.counter;
    const submission: Submission = {
      key: `faults-${randomUUID()}`,
      marker: `fz${n}x${client}${randomUUID().slice(0, 8)}`,
      withEmail: n % 2 === 0,
      attempts: 0,
    };
    this.submissions.push(submission);
    const body = JSON.stringify({
      title: `Wachtlijst jeugdhulp loopt op ${submission.marker}`,
      description:
        'Kinderen wachten maanden op jeugdhulp terwijl school en ouders vastlopen; niemand pakt de regie. ' +
        `Melding ${n} van de fouttest.`,
      domains: n % 3 === 0 ? ['education', 'care'] : ['youth_care', 'education'],
      region: 'Utrecht',
      ...(submission.withEmail
        ? { email: `melder${n}@faults.example`, consent: { contact: true, publication: false } }
        : {}),
    });
    // A real client keeps trying: the suite stops only after every started submission was accepted.
    for (;;) {
      submission.attempts += 1;
      const outcome = await this.attempt(submission.key, body);
      this.count(outcome.status);
      if (outcome.status >= 200 && outcome.status < 300) {
        const created = JSON.parse(outcome.body) as { id: string };
        submission.acceptedId = created.id;
        submission.acceptedAt = Date.now();
        submission.replayed = outcome.replayed;
        return;
      }
      if (outcome.status !== 0 && outcome.status < 500) {
        this.refused.push({ key: submission.key, status: outcome.status, body: outcome.body.slice(0, 500) });
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
    }
  }

  private async attempt(
    key: string,
    body: string,
  ): Promise<{ status: number; body: string; replayed: boolean }> {
    try {
      const response = await fetch(`${this.options.baseUrl()}/api/signals`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body,
        signal: AbortSignal.timeout(this.options.attemptTimeoutMs ?? 10_000),
      });
      return {
        status: response.status,
        body: await response.text(),
        replayed: response.headers.get('idempotent-replayed') === 'true',
      };
    } catch {
      return { status: 0, body: '', replayed: false };
    }
  }

  private count(status: number): void {
    const label = status === 0 ? 'network' : String(status);
    this.answers.set(label, (this.answers.get(label) ?? 0) + 1);
  }
}
