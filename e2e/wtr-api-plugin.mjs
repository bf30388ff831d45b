/**
 * A web-test-runner plugin that gives browser tests a real reference server through commands:
 *
 *   const { baseUrl } = await executeServerCommand('cw-api-start', { seed: CONTRACT_FIXTURE, origin: location.origin });
 *
 * Every `cw-api-start` starts a fresh server process on a fresh SQLite file seeded with `seed` (so each contract
 * test gets the backend `runAdapterContract` expects) and stops the previous one. All are stopped with the
 * test server. Optional payload: `rateLimit` (per minute), `bodyLimit` (bytes).
 */
import { join } from 'node:path';
import { scratchDir, startApiServer, writeSeed } from './support/api-server.mjs';

export function restApiServerPlugin() {
  const running = new Set();
  const stopAll = () => Promise.all([...running].map((server) => server.stop().then(() => running.delete(server))));
  return {
    name: 'cw-rest-api-server',
    async executeCommand({ command, payload }) {
      if (command !== 'cw-api-start') return undefined;
      await stopAll();
      const dir = scratchDir();
      const server = await startApiServer({
        db: join(dir, 'api.sqlite'),
        seed: writeSeed(dir, payload.seed),
        cors: [payload.origin],
        rateLimit: payload.rateLimit,
        bodyLimit: payload.bodyLimit,
      });
      running.add(server);
      return { baseUrl: server.baseUrl };
    },
    async serverStop() {
      await stopAll();
    },
  };
}
