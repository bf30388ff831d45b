/**
 * `node --import ./demo/server/node-ts/register.mjs app.ts` — installs the TypeScript hooks (see hooks.mjs).
 */
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
