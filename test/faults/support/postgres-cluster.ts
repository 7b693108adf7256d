// A Postgres cluster of the suite's own, in a temp folder on a free port, so restarting it never touches
// the shared server other tests use. initdb refuses to run as root: then every command runs as the
// `postgres` OS user (runuser), in a folder that user owns.
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The bin folder of the newest installed Postgres (POSTGRES_BIN overrides). */
function postgresBin(): string {
  if (process.env.POSTGRES_BIN) return process.env.POSTGRES_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) throw new Error('No Postgres binaries in /usr/lib/postgresql/*/bin');
  return join(root, versions[0], 'bin');
}

export class PostgresCluster {
  private readonly bin = postgresBin();
  private readonly home: string;
  private readonly dataDir: string;
  private readonly asRoot = process.getuid?.() === 0;

  constructor(
    dir: string,
    readonly port: number,
  ) {
    this.home = join(dir, 'postgres');
    this.dataDir = join(this.home, 'data');
  }

  /** The URL of a database on this cluster. */
  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async init(): Promise<void> {
    mkdirSync(this.home, { recursive: true });
    if (this.asRoot) {
      const [uid, gid] = await Promise.all([this.id('-u'), this.id('-g')]);
      chownSync(this.home, uid, gid);
    }
    await this.pg('initdb', [
      '-D',
      this.dataDir,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--no-locale',
    ]);
  }

  start(): Promise<void> {
    // TCP only (no socket file to place); fsync off: a clean stop still writes everything.
    const options = `-p ${this.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off`;
    return this.pg('pg_ctl', [
      '-D',
      this.dataDir,
      '-l',
      join(this.home, 'server.log'),
      '-o',
      options,
      '-w',
      'start',
    ]);
  }

  /** A fast shutdown: open connections are ended, committed work is kept. */
  stop(): Promise<void> {
    return this.pg('pg_ctl', ['-D', this.dataDir, '-m', 'fast', '-w', 'stop']);
  }

  /** Stops the cluster if it runs; never throws (for clean-up). */
  async stopQuietly(): Promise<void> {
    await this.pg('pg_ctl', ['-D', this.dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
  }

  /** Stops the cluster at once, synchronously: for a test process that is exiting abruptly. */
  stopNow(): void {
    const [file, argv] = this.command('pg_ctl', ['-D', this.dataDir, '-m', 'immediate', 'stop']);
    try {
      execFileSync(file, argv, { stdio: 'ignore', timeout: 10_000, cwd: '/' });
    } catch {
      // not running
    }
  }

  private async pg(command: string, args: string[]): Promise<void> {
    const [file, argv] = this.command(command, args);
    await run(file, argv, { timeout: 60_000, cwd: '/' });
  }

  private command(command: string, args: string[]): [string, string[]] {
    const binary = join(this.bin, command);
    return this.asRoot ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
  }

  private async id(flag: '-u' | '-g'): Promise<number> {
    const { stdout } = await run('id', [flag, 'postgres']);
    return Number(stdout.trim());
  }
}
