/// <reference types="node" />
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export interface ServerConfig {
  /** SQLite file; created and seeded on first start. */
  db: string;
  /** Static data file to seed an empty database from. */
  seed: string;
  port: number;
  prefix: string;
  corsOrigins: string[];
  bodyLimit: number;
  rateLimitPerMinute: number;
  log: boolean;
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const HELP = `Reference server for the community-widgets REST contract (docs/openapi.yaml).

  node scripts/serve-api.mjs [options]      (every option also as an environment variable)

  --db FILE            CW_API_DB          SQLite file (default demo/server/.data/api.sqlite)
  --seed FILE          CW_API_SEED        data to seed an empty database (default demo/public/data/tianning.json)
  --port N             CW_API_PORT        port on 127.0.0.1; 0 picks a free one (default 8787)
  --prefix PATH        CW_API_PREFIX      base path (default /api/v1)
  --cors ORIGINS       CW_API_CORS        comma-separated page origins allowed to call the API
                                          (default http://127.0.0.1:5173,http://localhost:5173)
  --body-limit BYTES   CW_API_BODY_LIMIT  largest request body (default 65536)
  --rate-limit N       CW_API_RATE_LIMIT  requests per client per minute (default 600)
  --log                CW_API_LOG=1       request log (method, URL, status; never bodies)
`;

/**
 * Options from the command line, then the environment, then defaults. The server always listens on 127.0.0.1:
 * put it behind the portal's reverse proxy to publish it.
 *
 * @example
 * const config = readConfig(process.argv.slice(2), process.env);
 */
export function readConfig(argv: string[], env: NodeJS.ProcessEnv): ServerConfig {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      seed: { type: 'string' },
      port: { type: 'string' },
      prefix: { type: 'string' },
      cors: { type: 'string' },
      'body-limit': { type: 'string' },
      'rate-limit': { type: 'string' },
      log: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  const number = (value: string | undefined, fallback: number, name: string) => {
    if (value === undefined || value === '') return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a whole number, got ${value}`);
    return parsed;
  };
  return {
    db: values.db ?? env.CW_API_DB ?? here('./.data/api.sqlite'),
    seed: values.seed ?? env.CW_API_SEED ?? here('../public/data/tianning.json'),
    port: number(values.port ?? env.CW_API_PORT, 8787, '--port'),
    prefix: (values.prefix ?? env.CW_API_PREFIX ?? '/api/v1').replace(/\/+$/, ''),
    corsOrigins: (values.cors ?? env.CW_API_CORS ?? 'http://127.0.0.1:5173,http://localhost:5173')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    bodyLimit: number(values['body-limit'] ?? env.CW_API_BODY_LIMIT, 65_536, '--body-limit') || 65_536,
    rateLimitPerMinute: number(values['rate-limit'] ?? env.CW_API_RATE_LIMIT, 600, '--rate-limit') || 600,
    log: values.log ?? env.CW_API_LOG === '1',
  };
}
