// What every benchmark needs: the built API and worker as separate processes, waiting for a condition,
// the peak memory of a process (read from /proc, Linux only), an SMTP sink and an adviser to call the API as.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { newSecretToken } from '@app/core';
import { createDatabase, dropDatabase } from '@app/persistence';

const root = join(__dirname, '..');

export function startApp(app: 'api' | 'worker', env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [join(root, 'dist', 'apps', app, 'apps', app, 'src', 'main.js')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export async function stopAll(children: readonly ChildProcess[]): Promise<void> {
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(children.map((c) => new Promise((resolve) => c.once('exit', resolve))));
}

/** Samples each process's resident memory until stopped; `peakMb` gives the highest seen, per name. */
export function sampleMemory(processes: Record<string, ChildProcess>, everyMs = 100) {
  const peaks: Record<string, number> = {};
  const timer = setInterval(() => {
    for (const [name, child] of Object.entries(processes)) {
      const rss = residentKb(child.pid);
      if (rss !== null) peaks[name] = Math.max(peaks[name] ?? 0, rss);
    }
  }, everyMs);
  return {
    stop: () => clearInterval(timer),
    peakMb: (name: string) => Math.round((peaks[name] ?? 0) / 1024),
  };
}

function residentKb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** An SMTP server on a free local port that accepts everything and only counts. */
export async function startSmtpSink(): Promise<{
  url: string;
  received: () => number;
  stop: () => Promise<void>;
}> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received += 1;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received: () => received,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export type ApiCall = (method: string, path: string, body?: object) => Promise<Record<string, unknown>>;

/** Makes an adviser with a personal API token in the bench database, and calls the API as them. */
export async function adviserApi(db: Client, base: string): Promise<ApiCall> {
  const { token, hash } = newSecretToken();
  const adviser = await db.query(
    `INSERT INTO users (email, display_name, role) VALUES ('adviseur@bench.example', 'Adviseur', 'adviser') RETURNING id`,
  );
  await db.query(
    `INSERT INTO api_tokens (user_id, name, token_hash, token_prefix) VALUES ($1, 'bench', $2, 'srt_bench')`,
    [adviser.rows[0].id, hash],
  );
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer srt_${token}` };
  return async (method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers,
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  };
}

export interface MailBench {
  db: Client;
  /** The API as an adviser. */
  call: ApiCall;
  smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  memory: ReturnType<typeof sampleMemory>;
}

/**
 * A scratch database, an SMTP sink, and the built API and worker as processes on `port`; runs `work`
 * once the API answers, then stops everything and drops the database (kept with BENCH_KEEP=1).
 */
export async function withMailBench(port: number, work: (bench: MailBench) => Promise<void>): Promise<void> {
  const server = process.env.BENCH_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `signaalroute_bench_${Date.now()}`;
  const url = await createDatabase(server, name);
  const smtp = await startSmtpSink();
  const env = {
    DATABASE_URL: url,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    QUEUE_PREFIX: name,
    SMTP_URL: smtp.url,
  };
  const api = startApp('api', env);
  const worker = startApp('worker', env);
  const memory = sampleMemory({ api, worker });
  const db = new Client({ connectionString: url });
  const base = `http://127.0.0.1:${port}/api`;
  try {
    await until('the API', async () => (await fetch(`${base}/health`)).ok);
    await db.connect();
    await work({ db, call: await adviserApi(db, base), smtp, memory });
  } finally {
    memory.stop();
    await stopAll([api, worker]);
    await db.end().catch(() => undefined);
    await smtp.stop();
    if (!process.env.BENCH_KEEP) await dropDatabase(server, name);
  }
}
