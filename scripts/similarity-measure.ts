// Measures the similar-signal suggestion against a plain keyword baseline, in a scratch database:
//   npm run similarity:measure
//   npm run similarity:measure -- --scale 1000000        (adds synthetic signals, then times lookups)
//   npm run similarity:measure -- --settings '{"domainShare":0.2}'   (try other settings)
//   npm run similarity:measure -- --calibrate       (refit the score calibration after changing settings)
// Figures: leave-one-out over the practice signals, the held-out probes, and probes of bottlenecks
// that are in no practice theme (their best score should stay well below a right match's).
import { performance } from 'node:perf_hooks';
import { DataSource, type EntityManager } from 'typeorm';
import { loadConfig } from '@app/config';
import { buildDataSourceOptions, createDatabase, dropDatabase } from '@app/persistence';
import { searchSimilarSignals } from '@app/triage/similar-signals.finder';
import {
  DEFAULT_SIMILARITY_SETTINGS,
  type SimilaritySettings,
} from '@app/triage/similarity/similarity-settings';
import {
  blindSignals,
  heldOutSignals,
  insertSignals,
  judgeProbe,
  keywordBaseline,
  otherBottleneckSignals,
  practiceSignals,
  summarise,
  type FixtureSignal,
  type ProbeOutcome,
  type RankedSignal,
  type Summary,
} from '../test/fixtures/similarity/similarity-evaluation';

interface Options {
  scale: number;
  settings: SimilaritySettings;
  verbose: boolean;
  calibrate: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = {
    scale: 0,
    settings: DEFAULT_SIMILARITY_SETTINGS,
    verbose: false,
    calibrate: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--scale') options.scale = Number(argv[++i]);
    else if (argv[i] === '--verbose') options.verbose = true;
    else if (argv[i] === '--calibrate') options.calibrate = true;
    else if (argv[i] === '--settings') {
      const override = JSON.parse(argv[++i]) as Partial<SimilaritySettings>;
      options.settings = {
        ...DEFAULT_SIMILARITY_SETTINGS,
        ...override,
        features: { ...DEFAULT_SIMILARITY_SETTINGS.features, ...(override.features ?? {}) },
      };
    }
  }
  if (!Number.isInteger(options.scale) || options.scale < 0) throw new Error('--scale takes a whole number');
  return options;
}

type Ranker = (probe: FixtureSignal, exclude: string | null) => Promise<RankedSignal[]>;

interface Evaluation {
  summary: Summary;
  outcomes: ProbeOutcome[];
  millis: number[];
}

async function evaluate(
  probes: readonly FixtureSignal[],
  rank: Ranker,
  ids: ReadonlyMap<string, string>,
  stored: ReadonlyMap<string, FixtureSignal>,
  leaveOneOut: boolean,
): Promise<Evaluation> {
  const outcomes: ProbeOutcome[] = [];
  const millis: number[] = [];
  for (const probe of probes) {
    const started = performance.now();
    const ranking = await rank(probe, leaveOneOut ? (ids.get(probe.id) ?? null) : null);
    millis.push(performance.now() - started);
    outcomes.push(judgeProbe(probe, ranking, stored));
  }
  return { summary: summarise(outcomes), outcomes, millis };
}

/** Logistic regression of "same theme" on the uncalibrated score (Newton's method, two parameters). */
function fitCalibration(pairs: ReadonlyArray<{ score: number; same: boolean }>): {
  slope: number;
  intercept: number;
} {
  let slope = 0;
  let intercept = 0;
  for (let iteration = 0; iteration < 50; iteration += 1) {
    let gs = 0;
    let gi = 0;
    let hss = 0;
    let hsi = 0;
    let hii = 0;
    for (const { score, same } of pairs) {
      const p = 1 / (1 + Math.exp(-(slope * score + intercept)));
      const w = p * (1 - p);
      gs += (p - (same ? 1 : 0)) * score;
      gi += p - (same ? 1 : 0);
      hss += w * score * score;
      hsi += w * score;
      hii += w;
    }
    const det = hss * hii - hsi * hsi;
    if (Math.abs(det) < 1e-12) break;
    slope -= (hii * gs - hsi * gi) / det;
    intercept -= (hss * gi - hsi * gs) / det;
  }
  return { slope, intercept };
}

const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function printRow(label: string, summary: Summary): void {
  console.log(
    `  ${label.padEnd(9)} top-1 ${pct(summary.top1).padStart(6)}   top-5 ${pct(summary.top5).padStart(6)}   ` +
      `right ${summary.meanRight.toFixed(3)}   best wrong same-domain ${summary.meanWrongSameDomain.toFixed(3)}   ` +
      `margin ${summary.meanMargin.toFixed(3)} (right wins ${pct(summary.marginPositive)})`,
  );
}

async function addSyntheticSignals(
  db: EntityManager,
  count: number,
  sources: readonly FixtureSignal[],
): Promise<void> {
  // Synthetic bulk: each row mixes sentences of three real signals plus a place name, so the word
  // statistics look like a large corpus of the same field (common words very common).
  const sentences = sources.flatMap((s) => s.description.split(/(?<=[.?!])\s+/));
  const titles = sources.map((s) => s.title);
  const places = [
    'Almere',
    'Breda',
    'Delft',
    'Ede',
    'Gouda',
    'Hoorn',
    'Leiden',
    'Oss',
    'Zwolle',
    'Venlo',
    'Assen',
  ];
  const batch = 50_000;
  for (let done = 0; done < count; done += batch) {
    const size = Math.min(batch, count - done);
    await db.query(
      `INSERT INTO signals (reference, title, description, domains, step, tracking_token_hash, channel, created_at)
       SELECT 'X' || g, ($2::text[])[1 + floor(random() * cardinality($2::text[]))::int],
              ($3::text[])[1 + floor(random() * cardinality($3::text[]))::int] || ' ' ||
              ($3::text[])[1 + floor(random() * cardinality($3::text[]))::int] || ' ' ||
              ($3::text[])[1 + floor(random() * cardinality($3::text[]))::int] || ' In ' ||
              ($4::text[])[1 + floor(random() * cardinality($4::text[]))::int] || ' ' || (g % 997),
              string_to_array((ARRAY['education,childcare', 'youth_care,education', 'care,education',
                                     'childcare,municipality', 'welfare,municipality', 'education,care'])[1 + (g % 6)::int], ',')::varchar[],
              'archived', encode(sha256(('synthetic' || g)::bytea), 'hex'), 'website',
              now() - (g || ' minutes')::interval
         FROM generate_series($1::bigint + 1, $1::bigint + $5::bigint) AS g`,
      [done, titles, sentences, places, size],
    );
    process.stdout.write(`\r  inserted ${done + size} synthetic signals`);
  }
  process.stdout.write('\n');
  await db.query('VACUUM ANALYZE signals');
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const serverUrl = loadConfig().DATABASE_URL;
  const name = `signaalroute_similarity_${process.pid}_${Date.now()}`;
  const url = await createDatabase(serverUrl, name);
  const dataSource = new DataSource(buildDataSourceOptions(url, { logging: false }));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const db = dataSource.manager;
    const practice = practiceSignals();
    const ids = await insertSignals(db, practice);
    const stored = new Map(practice.map((signal) => [ids.get(signal.id) ?? '', signal]));

    const ours: Ranker = (probe, exclude) =>
      searchSimilarSignals(
        db,
        {
          title: probe.title,
          description: probe.description,
          domains: probe.domains,
          excludeSignalId: exclude ?? undefined,
        },
        50,
        options.settings,
      );
    const baseline: Ranker = (probe, exclude) => keywordBaseline(db, probe, exclude, 50);

    const themeSizes = new Map<string, number>();
    for (const signal of practice)
      themeSizes.set(signal.theme ?? '', (themeSizes.get(signal.theme ?? '') ?? 0) + 1);
    const looProbes = practice.filter((signal) => (themeSizes.get(signal.theme ?? '') ?? 0) >= 2);
    const heldOut = heldOutSignals();
    const others = otherBottleneckSignals();

    // Warm the lexicon and caches so the timings below are steady-state.
    await ours(heldOut[0], null);

    console.log(`Practice signals stored: ${practice.length} (no cases).`);
    console.log(
      `\nLeave-one-out over practice signals (${looProbes.length} probes with a theme of 2+ signals):`,
    );
    const looOurs = await evaluate(looProbes, ours, ids, stored, true);
    printRow('ours', looOurs.summary);
    printRow('keywords', (await evaluate(looProbes, baseline, ids, stored, true)).summary);

    const themes = new Set(heldOut.map((probe) => probe.theme)).size;
    console.log(`\nHeld-out probes (${heldOut.length} probes, ${themes} themes, other submitters' words):`);
    const heldOurs = await evaluate(heldOut, ours, ids, stored, false);
    printRow('ours', heldOurs.summary);
    const heldBaseline = await evaluate(heldOut, baseline, ids, stored, false);
    printRow('keywords', heldBaseline.summary);
    console.log('  (keyword scores are ts_rank values, not on the 0-1 scale; compare their ranks only)');

    const blind = blindSignals();
    console.log(`\nBlind probes (${blind.length}, written after the settings were fixed):`);
    printRow('ours', (await evaluate(blind, ours, ids, stored, false)).summary);
    printRow('keywords', (await evaluate(blind, baseline, ids, stored, false)).summary);

    console.log(`\nProbes about bottlenecks in no practice theme (${others.length}):`);
    const otherOurs = await evaluate(others, ours, ids, stored, false);
    const otherTops = otherOurs.outcomes.map((o) => o.top);
    const otherMean = otherTops.reduce((a, b) => a + b, 0) / Math.max(1, otherTops.length);
    console.log(
      `  ours      best score mean ${otherMean.toFixed(3)}, max ${Math.max(0, ...otherTops).toFixed(3)}; ` +
        `held-out right match mean ${heldOurs.summary.meanRight.toFixed(3)} ` +
        `(gap ${(heldOurs.summary.meanRight - otherMean).toFixed(3)})`,
    );

    if (options.verbose) {
      console.log('\nHeld-out probes whose right theme was not first:');
      for (const outcome of heldOurs.outcomes.filter((o) => o.rank !== 1)) {
        const probe = heldOut.find((p) => p.id === outcome.probeId);
        console.log(
          `  ${outcome.probeId} rank ${outcome.rank ?? '-'} right ${outcome.right.toFixed(3)} ` +
            `wrong ${outcome.wrongSameDomain.toFixed(3)}  ${probe?.theme ?? ''}`,
        );
        const ranking = await ours(probe ?? heldOut[0], null);
        for (const entry of ranking.slice(0, 3)) {
          const hit = stored.get(entry.signalId);
          console.log(
            `      ${entry.score.toFixed(3)} ${hit?.id ?? ''} ${hit?.title ?? ''} [${hit?.theme ?? ''}]`,
          );
        }
      }
      console.log('\nPractice probes (leave-one-out) whose right theme was not first:');
      for (const outcome of looOurs.outcomes.filter((o) => o.rank !== 1)) {
        const probe = practice.find((p) => p.id === outcome.probeId);
        console.log(`  ${outcome.probeId} rank ${outcome.rank ?? '-'}  ${probe?.theme ?? ''}`);
        const ranking = await ours(probe ?? practice[0], ids.get(outcome.probeId) ?? null);
        for (const entry of ranking.slice(0, 3)) {
          const hit = stored.get(entry.signalId);
          console.log(
            `      ${entry.score.toFixed(3)} ${hit?.id ?? ''} ${hit?.title ?? ''} [${hit?.theme ?? ''}]`,
          );
        }
      }
    }

    if (options.calibrate) {
      const pairs: Array<{ score: number; same: boolean }> = [];
      for (const probe of looProbes) {
        const ranking = await searchSimilarSignals(db, { ...probe, excludeSignalId: ids.get(probe.id) }, 20, {
          ...options.settings,
          calibration: null,
        });
        for (const entry of ranking)
          pairs.push({ score: entry.score, same: stored.get(entry.signalId)?.theme === probe.theme });
      }
      const fitted = fitCalibration(pairs);
      console.log(
        `\nCalibration fitted on ${pairs.length} leave-one-out pairs (top 20 per probe): ` +
          `{ slope: ${fitted.slope.toFixed(1)}, intercept: ${fitted.intercept.toFixed(2)} }`,
      );
    }

    const all = [...looOurs.millis, ...heldOurs.millis];
    console.log(
      `\nLookup time at ${practice.length} signals: p50 ${percentile(all, 50).toFixed(1)} ms, ` +
        `p95 ${percentile(all, 95).toFixed(1)} ms`,
    );

    if (options.scale > 0) {
      console.log(`\nAdding ${options.scale} synthetic signals...`);
      await addSyntheticSignals(db, options.scale, practice);
      await ours(heldOut[0], null);
      const timed = await evaluate([...heldOut, ...others], ours, ids, stored, false);
      console.log(
        `Lookup time at ${practice.length + options.scale} signals: p50 ${percentile(timed.millis, 50).toFixed(1)} ms, ` +
          `p95 ${percentile(timed.millis, 95).toFixed(1)} ms, max ${Math.max(...timed.millis).toFixed(1)} ms ` +
          `(${timed.millis.length} lookups; the synthetic rows reuse practice sentences, so only time is measured)`,
      );
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await dropDatabase(serverUrl, name);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
