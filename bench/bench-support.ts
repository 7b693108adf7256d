// What every benchmark needs: the built API and worker as separate processes, waiting for a condition,
// and the peak memory of a process (read from /proc, Linux only).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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
