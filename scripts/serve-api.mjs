#!/usr/bin/env node
/**
 * Runs the reference REST server (demo/server) on Node 20 straight from its TypeScript sources.
 *
 *   node scripts/serve-api.mjs                       # http://127.0.0.1:8787/api/v1, seeded from demo/public/data/tianning.json
 *   node scripts/serve-api.mjs --db /tmp/x.sqlite --port 0 --cors http://127.0.0.1:5199
 *   node scripts/serve-api.mjs --help
 *
 * The TypeScript hooks (demo/server/node-ts) are installed in a child process started with --import, so the
 * server's own process sees them before its first import; this wrapper forwards signals and the exit code.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const hooks = fileURLToPath(new URL('../demo/server/node-ts/register.mjs', import.meta.url));
const main = fileURLToPath(new URL('../demo/server/main.ts', import.meta.url));
const child = spawn(process.execPath, ['--enable-source-maps', '--import', hooks, main, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
