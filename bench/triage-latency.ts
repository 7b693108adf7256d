// Measures the time from submit to stored triage suggestions on this machine, with the real API and
// worker as separate processes on a scratch database (seeded with the demo data, so the similarity
// search has earlier signals to compare with). Prints the figures; it asserts nothing.
// Usage: npm run bench:triage [-- COUNT]   (builds first)
import { Client } from 'pg';
import { createDatabase, dropDatabase } from '@app/persistence';
import practice from '../apps/api/src/demo/signals-practice.json';
import { startApp, stopAll, until } from './bench-support';

const SERVER = process.env.BENCH_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PORT = Number(process.env.BENCH_PORT ?? 3311);
const COUNT = Number(process.argv[2] ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
/** With BENCH_ONE_AT_A_TIME=1 each submitter waits for the suggestions before sending the next: no backlog. */
const ONE_AT_A_TIME = process.env.BENCH_ONE_AT_A_TIME === '1';

async function main(): Promise<void> {
  const name = `signaalroute_bench_${Date.now()}`;
  const url = await createDatabase(SERVER, name);
  // Every submission comes from this machine's one address: lift the public form's per-address limit.
  const env = {
    DATABASE_URL: url,
    PORT: String(PORT),
    DEMO: '1',
    LOG_LEVEL: 'warn',
    QUEUE_PREFIX: name,
    RATE_LIMIT_FACTOR: '1000',
  };
  const children = [startApp('api', env), startApp('worker', env)];
  const db = new Client({ connectionString: url });
  try {
    await until('the API', async () => (await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok);
    await db.connect();
    await until('the demo data to be triaged', async () => {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM signals WHERE suggested_at IS NULL`);
      const total = await db.query(`SELECT count(*)::int AS n FROM signals`);
      return total.rows[0].n >= practice.length && rows[0].n === 0;
    });
    const startedAt = new Date();

    let next = 0;
    const submitOne = async (): Promise<void> => {
      while (next < COUNT) {
        const source = practice[next++ % practice.length];
        const response = await fetch(`http://127.0.0.1:${PORT}/api/signals`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            title: `${source.title} (${next})`,
            description: source.description,
            domains: source.domains,
          }),
        });
        if (response.status !== 201) throw new Error(`Submit failed: ${response.status}`);
        if (ONE_AT_A_TIME) {
          const { id } = (await response.json()) as { id: string };
          await until('suggestions', async () => {
            const { rows } = await db.query(`SELECT suggested_at FROM signals WHERE id = $1`, [id]);
            return rows[0]?.suggested_at != null;
          });
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, submitOne));
    await until('every new signal to have suggestions', async () => {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM signals WHERE suggested_at IS NULL`);
      return rows[0].n === 0;
    });

    const { rows } = await db.query(
      `SELECT percentile_cont(ARRAY[0.5, 0.95, 0.99]) WITHIN GROUP (ORDER BY ms) AS p, max(ms) AS max, count(*)::int AS n
         FROM (SELECT extract(epoch FROM suggested_at - created_at) * 1000 AS ms FROM signals WHERE created_at >= $1) t`,
      [startedAt],
    );
    const [p50, p95, p99] = (rows[0].p as number[]).map((v) => Math.round(v));
    console.log(
      `triage latency (submit to stored suggestions, ${rows[0].n} signals, ${CONCURRENCY} concurrent submitters` +
        `${ONE_AT_A_TIME ? ' each waiting for its suggestions' : ' sending as fast as they can'}, ` +
        `${practice.length} earlier signals): p50 ${p50} ms, p95 ${p95} ms, p99 ${p99} ms, max ${Math.round(rows[0].max)} ms`,
    );
  } finally {
    await stopAll(children);
    await db.end().catch(() => undefined);
    if (!process.env.BENCH_KEEP) await dropDatabase(SERVER, name);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
