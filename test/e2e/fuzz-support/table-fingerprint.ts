// A cheap fingerprint of every application table: its row count and the newest transaction that wrote
// a row (xmin). A request that was refused must leave both unchanged: nothing inserted, updated or
// deleted.
import type { DataSource } from 'typeorm';

/**
 * Tables a refused request may write to by design: the audit log records refused sign-ins and access,
 * and the migrations tables are not data.
 */
const WRITTEN_ON_PURPOSE = new Set(['audit_log', 'migrations', 'typeorm_metadata']);

/** Tables whose rows a refused request may touch (a token's or session's last use): only their count must hold. */
const TOUCHED_ON_USE = new Set(['api_tokens', 'sessions']);

export type Fingerprint = Map<string, string>;

export class TableFingerprint {
  private constructor(
    private readonly dataSource: DataSource,
    private readonly sql: string,
    readonly tables: string[],
  ) {}

  static async of(dataSource: DataSource): Promise<TableFingerprint> {
    const rows = await dataSource.query<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const tables = rows.map((row) => row.table_name).filter((name) => !WRITTEN_ON_PURPOSE.has(name));
    const sql = tables
      .map(
        (name) =>
          `SELECT '${name}' AS t, count(*) || ':' || ${
            TOUCHED_ON_USE.has(name) ? '0' : 'coalesce(max(xmin::text::bigint), 0)'
          } AS f FROM "${name}"`,
      )
      .join(' UNION ALL ');
    return new TableFingerprint(dataSource, sql, tables);
  }

  async take(): Promise<Fingerprint> {
    const rows = await this.dataSource.query<{ t: string; f: string }[]>(this.sql);
    return new Map(rows.map((row) => [row.t, row.f]));
  }

  /** The tables whose rows changed between two fingerprints. */
  static changed(before: Fingerprint, after: Fingerprint): string[] {
    return [...after.keys()].filter((table) => before.get(table) !== after.get(table));
  }
}
