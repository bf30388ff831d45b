/**
 * Starts and stops reference-server processes (demo/server) for tests: each on its own port and SQLite file,
 * killable hard (a crash) or gently, restartable on the same port and file (a restart).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const hooks = fileURLToPath(new URL('../../demo/server/node-ts/register.mjs', import.meta.url));
const main = fileURLToPath(new URL('../../demo/server/main.ts', import.meta.url));
export const TIANNING = fileURLToPath(new URL('../../demo/public/data/tianning.json', import.meta.url));

/** A fresh directory for one test's database and seed file. */
export function scratchDir(prefix = 'cw-api-') {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes seed data (an object) to a JSON file in `dir` and returns its path. */
export function writeSeed(dir, data) {
  const file = join(dir, 'seed.json');
  writeFileSync(file, JSON.stringify(data));
  return file;
}

/**
 * @param {{ db: string, seed?: string, port?: number, cors?: string[], rateLimit?: number, bodyLimit?: number }} options
 * @returns {Promise<{ baseUrl: string, port: number, db: string, pid: number, stop: () => Promise<void>, kill: () => Promise<void>, exited: Promise<number|null> }>}
 */
export function startApiServer(options) {
  const args = ['--enable-source-maps', '--import', hooks, main, '--db', options.db, '--port', String(options.port ?? 0)];
  if (options.seed) args.push('--seed', options.seed);
  if (options.cors) args.push('--cors', options.cors.join(','));
  if (options.rateLimit) args.push('--rate-limit', String(options.rateLimit));
  if (options.bodyLimit) args.push('--body-limit', String(options.bodyLimit));
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('the API server did not start within 20 s')), 20_000);
    function fail(error) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${error.message}\n${output}`));
    }
    child.stderr.on('data', (chunk) => (output += chunk));
    const earlyExit = (code) => fail(new Error(`the API server exited with ${code} before listening`));
    child.once('exit', earlyExit);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /cw-api listening on (\S+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.off('exit', earlyExit);
      const baseUrl = match[1];
      const stopWith = async (signal) => {
        if (child.exitCode === null && child.signalCode === null) child.kill(signal);
        await exited;
      };
      resolve({
        baseUrl,
        port: Number(new URL(baseUrl).port),
        db: options.db,
        pid: child.pid,
        exited,
        stop: () => stopWith('SIGTERM'),
        kill: () => stopWith('SIGKILL'),
      });
    });
  });
}
