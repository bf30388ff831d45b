/// <reference types="node" />
/**
 * Starts the reference server: `node scripts/serve-api.mjs --help` for the options.
 * Prints one line `cw-api listening on <base URL>` when ready (scripts and tests wait for it).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildApp } from './app.js';
import { readConfig } from './config.js';
import { openDatabase } from './database.js';
import { seedIfEmpty } from './seed.js';

const config = readConfig(process.argv.slice(2), process.env);
mkdirSync(dirname(config.db), { recursive: true });
const db = openDatabase(config.db);
if (seedIfEmpty(db, JSON.parse(readFileSync(config.seed, 'utf8')), config.seed)) {
  console.log(`cw-api seeded ${config.db} from ${config.seed}`);
}

const app = buildApp({
  db,
  prefix: config.prefix,
  bodyLimit: config.bodyLimit,
  rateLimit: { max: config.rateLimitPerMinute, windowMs: 60_000 },
  corsOrigins: config.corsOrigins,
  logger: config.log,
});

// Loopback only, whatever the configuration: a public deployment goes through the portal's reverse proxy.
const address = await app.listen({ host: '127.0.0.1', port: config.port });
console.log(`cw-api listening on ${address}${config.prefix}`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`cw-api stopping (${signal})`);
  await app.close();
  db.close();
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
