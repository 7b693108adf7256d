#!/usr/bin/env node
// `npm start`: builds the API, the worker and the web app (which the API serves), then runs the API and
// the worker with demo data (DEMO=1 unless set), and stops both when either ends or on Ctrl-C. For
// production, run the built apps separately (see README).
const { spawn, spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..');
const env = { DEMO: '1', ...process.env };
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const builds = [
  ['api', bin('nest'), ['build', 'api']],
  ['worker', bin('nest'), ['build', 'worker']],
  ['web', bin('vite'), ['build', '--config', 'apps/web/vite.config.mjs', '--logLevel', 'warn']],
];
for (const [name, command, args] of builds) {
  console.log(`Building ${name} ...`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const children = [];
let stopping = false;

function run(name) {
  const child = spawn(
    process.execPath,
    [path.join(root, 'dist', 'apps', name, 'apps', name, 'src', 'main.js')],
    {
      cwd: root,
      env,
      stdio: 'inherit',
    },
  );
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped (${signal ?? code}); stopping the rest.`);
      stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

function stop(code) {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 10_000).unref();
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.on('exit', r)) : null))).then(
    () => process.exit(code),
  );
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

// The API migrates the database first; the worker waits for that by itself.
run('api');
run('worker');
