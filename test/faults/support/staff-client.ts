// Staff calls to the API over HTTP, with a personal API token made straight in the suite's database
// (there is no seeded account in a fresh installation).
import { newSecretToken } from '@app/core/secret-token';

export type Query = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

export interface Answer<T = unknown> {
  status: number;
  body: T;
}

export class StaffClient {
  private constructor(
    private readonly baseUrl: string,
    readonly headers: Record<string, string>,
  ) {}

  /** Makes a user with the role and a token for it. */
  static async create(db: Query, baseUrl: string, role: 'adviser' | 'admin'): Promise<StaffClient> {
    const { token, hash } = newSecretToken();
    const [user] = await db<{ id: string }>(
      `INSERT INTO users (email, display_name, role) VALUES ($1, $2, $3) RETURNING id`,
      [`${role}@faults.example`, `Fouttest ${role}`, role],
    );
    await db(
      `INSERT INTO api_tokens (user_id, name, token_hash, token_prefix) VALUES ($1, 'faults', $2, 'srt_faults')`,
      [user.id, hash],
    );
    return new StaffClient(baseUrl, { Authorization: `Bearer srt_${token}` });
  }

  async call<T = unknown>(method: string, path: string, body?: object): Promise<Answer<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { ...this.headers, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(10_000),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  }

  /** The call's answer body; throws with the answer when its status is not the expected one. */
  async expect<T = unknown>(status: number, method: string, path: string, body?: object): Promise<T> {
    const answer = await this.call<T>(method, path, body);
    if (answer.status !== status) {
      throw new Error(
        `${method} ${path}: expected ${status}, got ${answer.status} ${JSON.stringify(answer.body)}`,
      );
    }
    return answer.body;
  }
}
