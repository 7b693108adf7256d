// The built API or worker (npm run test:faults builds them first) as a separate OS process, so the
// suite can kill it like an operator or a crash would: SIGKILL mid-job, SIGTERM for a graceful stop.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

export type AppName = 'api' | 'worker';

export function builtMain(app: AppName): string {
  return join(ROOT, 'dist', 'apps', app, 'apps', app, 'src', 'main.js');
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class AppProcess {
  private child: ChildProcess | null = null;
  private exited: Promise<Exit> = Promise.resolve({ code: null, signal: null });
  private readonly log: WriteStream;
  /** What this run of the process printed so far (its tail), to see when it is ready. */
  private output = '';
  /** How often this process was started. */
  starts = 0;

  constructor(
    readonly app: AppName,
    private readonly env: NodeJS.ProcessEnv,
    logFile: string,
  ) {
    if (!existsSync(builtMain(app))) {
      throw new Error(`${builtMain(app)} is missing: run npx nest build ${app} (npm run test:faults does)`);
    }
    this.log = createWriteStream(logFile, { flags: 'a' });
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the process and resolves once it serves (API) or runs its processors (worker). */
  async start(ready: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
    if (this.running) throw new Error(`${this.app} is already running`);
    this.starts += 1;
    this.log.write(`\n--- start ${this.starts} at ${new Date().toISOString()}\n`);
    const child = spawn(process.execPath, [builtMain(this.app)], {
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.output = '';
    child.stdout?.on(
      'data',
      (chunk: Buffer) => (this.output = (this.output + chunk.toString()).slice(-65_536)),
    );
    child.stdout?.pipe(this.log, { end: false });
    child.stderr?.pipe(this.log, { end: false });
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        this.log.write(`--- exit code ${code} signal ${signal} at ${new Date().toISOString()}\n`);
        resolve({ code, signal });
      }),
    );
    const deadline = Date.now() + timeoutMs;
    while (!(await ready().catch(() => false))) {
      if (!this.running) throw new Error(`${this.app} exited while starting; see its log`);
      if (Date.now() > deadline) throw new Error(`${this.app} was not ready within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** True once this run of the process printed the text. */
  printed(text: string): boolean {
    return this.output.includes(text);
  }

  /** Sends the signal and resolves when the process has ended. */
  async stop(signal: NodeJS.Signals): Promise<Exit> {
    if (!this.running) return this.exited;
    this.child!.kill(signal);
    return this.exited;
  }

  /** Sends the signal without waiting; `whenExited` tells when the process ended. */
  signal(signal: NodeJS.Signals): void {
    if (this.running) this.child!.kill(signal);
  }

  whenExited(): Promise<Exit> {
    return this.exited;
  }

  /** Kills the process at once: for a test process that is exiting abruptly. */
  killNow(): void {
    this.child?.kill('SIGKILL');
  }

  /** Stops the process gracefully, or kills it when it takes longer than 15 s. */
  async close(): Promise<void> {
    if (this.running) {
      const timer = setTimeout(() => this.killNow(), 15_000);
      await this.stop('SIGTERM');
      clearTimeout(timer);
    }
    await new Promise<void>((resolve) => this.log.end(() => resolve()));
  }
}
