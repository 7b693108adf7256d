// The similar-signal suggestion against real Postgres, loaded with the 119 practice signals.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource, type EntityManager } from 'typeorm';
import { buildDataSourceOptions } from '@app/persistence';
import { findSimilarSignals, type SimilarityQuery } from '@app/triage/similar-signals.finder';
import { planCandidateTerms } from '@app/triage/similarity/candidate-query';
import { parseTsvectorText } from '@app/triage/similarity/tsvector-text.parser';
import {
  blindSignals,
  heldOutSignals,
  insertSignals,
  judgeProbe,
  otherBottleneckSignals,
  practiceSignals,
  summarise,
  type FixtureSignal,
} from '../fixtures/similarity/similarity-evaluation';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const asQuery = (signal: FixtureSignal, excludeSignalId?: string): SimilarityQuery => ({
  title: signal.title,
  description: signal.description,
  domains: signal.domains,
  excludeSignalId,
});

describe('findSimilarSignals', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let db: EntityManager;
  const practice = practiceSignals();
  let ids: Map<string, string>;
  let stored: Map<string, FixtureSignal>;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource(buildDataSourceOptions(database.url));
    await dataSource.initialize();
    db = dataSource.manager;
    ids = await insertSignals(db, practice);
    stored = new Map(practice.map((signal) => [ids.get(signal.id)!, signal]));
  });

  afterAll(async () => {
    if (dataSource?.isInitialized) await dataSource.destroy();
    await database?.drop();
  });

  describe('finds an earlier signal of the same bottleneck written in other words', () => {
    const probes = [...heldOutSignals(), ...blindSignals()];

    it('uses a held-out set of at least 60 probes across at least 25 themes', () => {
      const themes = new Set(practice.map((signal) => signal.theme));
      expect(probes.length).toBeGreaterThanOrEqual(60);
      expect(new Set(probes.map((probe) => probe.theme)).size).toBeGreaterThanOrEqual(25);
      for (const probe of probes) expect(themes.has(probe.theme)).toBe(true);
    });

    it('ranks one first at least 3 times in 4 and in the top 5 at least 19 times in 20', async () => {
      const outcomes = [];
      for (const probe of probes)
        outcomes.push(judgeProbe(probe, await findSimilarSignals(db, asQuery(probe)), stored));
      const summary = summarise(outcomes);
      expect(summary.top1).toBeGreaterThanOrEqual(0.75);
      expect(summary.top5).toBeGreaterThanOrEqual(0.95);
    });

    it('scores the right match clearly above the best other bottleneck in the same domain', async () => {
      const outcomes = [];
      for (const probe of probes) {
        outcomes.push(judgeProbe(probe, await findSimilarSignals(db, asQuery(probe), 200), stored));
      }
      const summary = summarise(outcomes);
      expect(summary.marginPositive).toBeGreaterThanOrEqual(0.75);
      expect(summary.meanMargin).toBeGreaterThanOrEqual(0.15);
    });

    it('scores signals about bottlenecks in no practice theme clearly lower than right matches', async () => {
      const rightScores = [];
      for (const probe of probes) {
        rightScores.push(judgeProbe(probe, await findSimilarSignals(db, asQuery(probe)), stored).right);
      }
      const otherTops = [];
      for (const probe of otherBottleneckSignals()) {
        otherTops.push((await findSimilarSignals(db, asQuery(probe)))[0]?.score ?? 0);
      }
      const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
      expect(mean(otherTops) + 0.2).toBeLessThanOrEqual(mean(rightScores));
    });
  });

  describe('lexicon and compounds', () => {
    const themeOfFirst = async (query: SimilarityQuery): Promise<string | undefined> =>
      stored.get((await findSimilarSignals(db, query))[0]?.signalId ?? '')?.theme;

    it('matches synonyms that share no stem (jeugdzorg ~ jeugdhulp, wachttijd ~ wachtlijst)', async () => {
      const query = { title: 'Wachttijd bij de jeugdzorg', description: '', domains: [] };
      // Not one word in common with any signal of that theme.
      const [plain] = (await db.query(
        `SELECT count(*)::int AS n FROM signals s
          WHERE s.search_vector @@ replace(plainto_tsquery('dutch', $1)::text, ' & ', ' | ')::tsquery
            AND s.reference IN ('P043', 'P044', 'P045', 'P104', 'P105')`,
        [query.title],
      )) as Array<{ n: number }>;
      expect(plain.n).toBe(0);
      expect(await themeOfFirst(query)).toBe('Wachttijden en drempels voor jeugdhulp');
    });

    it('matches abbreviations and the parts of compound words', async () => {
      expect(
        await themeOfFirst({
          title: "IB'er twijfelt wat ze met het wijkteam mag delen",
          description: 'AVG',
          domains: [],
        }),
      ).toBe('Onduidelijke privacyregels bij gegevensdeling');
      expect(
        await themeOfFirst({
          title: 'Tekort aan personeel',
          description: 'Vacatures voor leerkrachten en op de BSO blijven open.',
          domains: [],
        }),
      ).toBe('Personeelstekort in school en opvang');
    });
  });

  describe('bounded candidate generation', () => {
    it('ORs all terms while the table is small', () => {
      const plan = planCandidateTerms(
        [
          { query: "'a'", weight: 2, upperBound: 90 },
          { query: "'b'", weight: 1, upperBound: 100 },
        ],
        100,
        4000,
      );
      expect(plan.ranked.map((term) => term.query)).toEqual(["'a'", "'b'"]);
      expect(plan.fallback).toEqual([]);
    });

    it('keeps terms that match nearly every row out of the ranked query on a large table', () => {
      const plan = planCandidateTerms(
        [
          { query: "'rare'", weight: 9, upperBound: 40 },
          { query: "'mid'", weight: 5, upperBound: 3000 },
          { query: "'also'", weight: 4, upperBound: 2000 },
          { query: "'school'", weight: 0.5, upperBound: 900_000 },
          { query: "'kinder'", weight: 0.4, upperBound: 800_000 },
          { query: "'zero'", weight: 0, upperBound: 1 },
        ],
        1_000_000,
        4000,
      );
      expect(plan.ranked.map((term) => term.query)).toEqual(["'rare'", "'mid'"]);
      expect(plan.fallback.map((term) => term.query)).toContain("('also') & ('school')");
      for (const term of plan.fallback) expect(term.query).toContain('&');
    });
  });

  describe('tsvector text', () => {
    it('reads lexemes, positions and the title weight, with quotes and backslashes escaped', () => {
      const tokens = parseTsvectorText("'bso':3A 'it''s':1A,7 'a\\\\b':5 'kale'");
      expect(tokens).toEqual([
        { lexeme: 'kale', position: 0, title: false },
        { lexeme: "it's", position: 1, title: true },
        { lexeme: 'bso', position: 3, title: true },
        { lexeme: 'a\\b', position: 5, title: false },
        { lexeme: "it's", position: 7, title: false },
      ]);
    });
  });

  describe('behaviour', () => {
    const wachtlijstProbe: SimilarityQuery = {
      title: 'Ons kind wacht al maanden op jeugdhulp',
      description: 'De wachtlijst bij de jeugdzorg is lang en school kan intussen weinig doen.',
      domains: ['youth_care', 'education'],
    };

    it('excludes the given signal and finds its own text first when not excluded', async () => {
      const own = practice.find((signal) => signal.id === 'P045')!;
      const ownId = ids.get(own.id)!;
      const withOwn = await findSimilarSignals(db, asQuery(own));
      expect(withOwn[0].signalId).toBe(ownId);
      expect(withOwn[0].score).toBeGreaterThan(0.9);
      const without = await findSimilarSignals(db, asQuery(own, ownId), 200);
      expect(without.length).toBeGreaterThan(0);
      expect(without.map((entry) => entry.signalId)).not.toContain(ownId);
    });

    it('returns at most `limit` entries, best first, with scores in [0, 1] rounded to 3 decimals', async () => {
      const three = await findSimilarSignals(db, wachtlijstProbe, 3);
      expect(three).toHaveLength(3);
      const five = await findSimilarSignals(db, wachtlijstProbe);
      expect(five).toHaveLength(5);
      expect(five.slice(0, 3)).toEqual(three);
      for (const [i, entry] of five.entries()) {
        expect(entry.score).toBeGreaterThanOrEqual(0);
        expect(entry.score).toBeLessThanOrEqual(1);
        expect(Math.round(entry.score * 1000) / 1000).toBe(entry.score);
        expect(entry.caseId).toBeNull();
        if (i > 0) expect(entry.score).toBeLessThanOrEqual(five[i - 1].score);
      }
      expect(stored.get(five[0].signalId)?.theme).toBe('Wachttijden en drempels voor jeugdhulp');
      expect(await findSimilarSignals(db, wachtlijstProbe, 0)).toEqual([]);
    });

    it('gives one entry per case: the best-scoring signal of that case, with its caseId', async () => {
      // Copies of the waiting-list signals, linked into one case, next to the unlinked originals.
      const [{ id: caseId }] = (await db.query(
        `INSERT INTO cases (reference, title, step) VALUES ('K-SIM-TEST', 'Wachtlijsten jeugdhulp', 'recognition')
         RETURNING id`,
      )) as Array<{ id: string }>;
      const members = ['P044', 'P045', 'P105'].map((id) => {
        const original = practice.find((signal) => signal.id === id)!;
        return { ...original, id: `C${id}` };
      });
      const copyIds = await insertSignals(db, members, new Map(members.map((member) => [member.id, caseId])));
      try {
        const results = await findSimilarSignals(db, wachtlijstProbe, 200);
        const caseEntries = results.filter((entry) => entry.caseId === caseId);
        expect(caseEntries).toHaveLength(1);
        const chosen = caseEntries[0];
        expect([...copyIds.values()]).toContain(chosen.signalId);
        const others = [...copyIds.values()].filter((id) => id !== chosen.signalId);
        for (const id of others) expect(results.map((entry) => entry.signalId)).not.toContain(id);

        // Its score is the best of the case: each copy scores as its unlinked original does.
        const copyOf = new Map([...copyIds].map(([fixtureId, id]) => [id, ids.get(fixtureId.slice(1))!]));
        const originalScores = members.map(
          (member) => results.find((entry) => entry.signalId === ids.get(member.id.slice(1)))?.score ?? 0,
        );
        expect(chosen.score).toBe(Math.max(...originalScores));
        expect(results.find((entry) => entry.signalId === copyOf.get(chosen.signalId))?.score).toBe(
          chosen.score,
        );
      } finally {
        await db.query('DELETE FROM signals WHERE case_id = $1', [caseId]);
        await db.query('DELETE FROM cases WHERE id = $1', [caseId]);
      }
    });

    it('works for text typed into the form: no id, no domains', async () => {
      const results = await findSimilarSignals(db, { ...wachtlijstProbe, domains: [] });
      expect(results.length).toBeGreaterThan(0);
      expect(stored.get(results[0].signalId)?.theme).toBe('Wachttijden en drempels voor jeugdhulp');
    });

    it('finds a title with misspelled words through title trigrams (pg_trgm), where stemming finds nothing', async () => {
      const original = practice.find((signal) => signal.id === 'P001')!;
      expect(original.title).toBe('Peutergroep in de school ging niet door');
      const results = await findSimilarSignals(db, {
        title: 'Peutrgroep in de skool gng nit dor',
        description: '',
        domains: [],
      });
      expect(results[0]?.signalId).toBe(ids.get('P001'));
    });

    it('returns nothing for empty text and does not throw on odd text', async () => {
      const empty: SimilarityQuery = { title: '', description: '', domains: [] };
      expect(await findSimilarSignals(db, empty)).toEqual([]);
      expect(await findSimilarSignals(db, { ...empty, title: '   \n\t ' })).toEqual([]);
      expect(
        await findSimilarSignals(db, { ...empty, title: 'de het een en van', description: '!!! ??? ...' }),
      ).toEqual([]);
      const odd = [
        "'; DROP TABLE signals; -- \\ ' \" :* & | ! <-> ( )",
        'wachtlijst\u0000jeugdhulp \u{1F600} \uD800 ÀÉÎõü ß',
        `${'wachtlijst '.repeat(5000)}${'x'.repeat(3000)}`,
        '12345 2026-01-01 info@example.nl https://example.nl/pad?q=1',
      ];
      for (const text of odd) {
        const results = await findSimilarSignals(db, {
          title: text,
          description: text,
          domains: [],
          excludeSignalId: 'not-a-uuid',
        });
        expect(Array.isArray(results)).toBe(true);
        for (const entry of results) expect(entry.score).toBeLessThanOrEqual(1);
      }
      expect(await db.query('SELECT count(*)::int AS n FROM signals')).toEqual([{ n: practice.length }]);
    });
  });
});
