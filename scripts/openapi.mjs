#!/usr/bin/env node
/**
 * Writes docs/openapi.yaml from the route table and the valibot schemas (src/adapters/rest/openapi/).
 *
 *   node scripts/openapi.mjs          # regenerate
 *   node scripts/openapi.mjs --check  # exit 1 if the committed file differs (test/openapi.test.ts checks the same in the browser)
 */
import { register } from 'node:module';
import { readFile, writeFile } from 'node:fs/promises';

register('../demo/server/node-ts/hooks.mjs', import.meta.url);

const target = new URL('../docs/openapi.yaml', import.meta.url);
const { buildOpenApiDocument } = await import('../src/adapters/rest/openapi/build-openapi.ts');
const { toYaml } = await import('../src/adapters/rest/openapi/to-yaml.ts');
const yaml = toYaml(buildOpenApiDocument());

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== yaml) {
    console.error('docs/openapi.yaml is out of date: run node scripts/openapi.mjs');
    process.exit(1);
  }
  console.log('docs/openapi.yaml is up to date');
} else {
  await writeFile(target, yaml);
  console.log(`wrote docs/openapi.yaml (${yaml.length} bytes)`);
}
