/**
 * Node module hooks that let the reference server (and the OpenAPI script) import the library's TypeScript
 * sources as they are, on Node 20, with no build step and no temp files.
 *
 * - resolve: the sources import siblings as `./x.js` (what browsers and bundlers expect); on disk that is `./x.ts`.
 * - load: `.ts` files are transpiled one by one with the project's own TypeScript (`transpileModule`: types are
 *   stripped, nothing is type-checked — `npx tsc --noEmit` does that), with an inline source map so stack traces
 *   point at the TypeScript lines (run node with `--enable-source-maps`). Output is cached in
 *   node_modules/.cache/cw-node-ts by content hash, so an edited file is simply transpiled again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const tsPackage = require.resolve('typescript/package.json');
const tsVersion = JSON.parse(readFileSync(tsPackage, 'utf8')).version;
// Loading TypeScript takes a second or more; transpiled files are cached by content so restarts are quick.
const cacheDir = join(tsPackage, '../../.cache/cw-node-ts');
let typescript;

async function transpile(source, fileName) {
  typescript ??= (await import('typescript')).default;
  const ts = typescript;
  const compilerOptions = {
    module: ts.ModuleKind.ESNext,
    target: ts.ScriptTarget.ES2022,
    verbatimModuleSyntax: true,
    experimentalDecorators: true,
    useDefineForClassFields: false,
    inlineSourceMap: true,
    inlineSources: true,
  };
  return ts.transpileModule(source, { fileName, compilerOptions }).outputText;
}

const isRelative = (specifier) => specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('file:');

export async function resolve(specifier, context, nextResolve) {
  const parent = context.parentURL;
  if (parent?.endsWith('.ts') && isRelative(specifier) && specifier.endsWith('.js')) {
    const asJs = new URL(specifier, parent);
    const asTs = new URL(asJs.href.replace(/\.js$/, '.ts'));
    if (!existsSync(asJs) && existsSync(asTs)) return { url: asTs.href, format: 'module', shortCircuit: true };
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
  const fileName = fileURLToPath(url);
  const source = await readFile(fileName, 'utf8');
  const cached = join(cacheDir, `${createHash('sha256').update(`${tsVersion}\0${fileName}\0${source}`).digest('hex')}.js`);
  const hit = await readFile(cached, 'utf8').catch(() => undefined);
  if (hit !== undefined) return { format: 'module', source: hit, shortCircuit: true };
  const output = await transpile(source, fileName);
  // Write to a unique temp name and rename: two processes starting at once must not read half a file.
  await mkdir(cacheDir, { recursive: true });
  const temp = `${cached}.${process.pid}.tmp`;
  await writeFile(temp, output);
  await rename(temp, cached);
  return { format: 'module', source: output, shortCircuit: true };
}
