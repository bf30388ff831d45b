import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type Rolldown } from 'vite';
import { BROWSER_FLOOR } from './scripts/browser-floor.mjs';

type CodeSplittingGroup = Rolldown.CodeSplittingGroup;

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/** One entry per element folder that has a `<name>.ts` define module, so a page loads only what it uses. */
function elementEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of readdirSync(src('elements'))) {
    const file = src(`elements/${name}/${name}.ts`);
    if (existsSync(file)) entries[`elements/${name}`] = file;
  }
  return entries;
}

/** District themes are plain CSS files a webmaster links or copies: dist/themes/<name>.css. */
function themes(): Plugin {
  return {
    name: 'cw-themes',
    generateBundle() {
      for (const file of readdirSync(src('themes')).filter((f) => f.endsWith('.css'))) {
        this.emitFile({ type: 'asset', fileName: `themes/${file}`, source: readFileSync(src(`themes/${file}`), 'utf8') });
      }
    },
  };
}

/**
 * Leaflet probes for inline SVG at module load with `div.innerHTML = '<svg/>'`, which a page enforcing Trusted
 * Types refuses, so the map would fail to load there. Every browser that runs custom elements has inline SVG.
 */
function leafletWithoutInnerHtmlProbe(): Plugin {
  const probe = /var inlineSvg = !!svg\$1 && \(function \(\) \{\r?\n\tvar div = document\.createElement\('div'\);\r?\n\tdiv\.innerHTML = '<svg\/>';\r?\n[^\n]*\n\}\)\(\);/;
  return {
    name: 'cw-leaflet-without-innerhtml-probe',
    transform(code, id) {
      if (!id.includes('leaflet-src.esm.js')) return null;
      if (!probe.test(code)) this.error('Leaflet\'s inline-SVG probe changed: update leafletWithoutInnerHtmlProbe');
      return { code: code.replace(probe, 'var inlineSvg = !!svg$1;'), map: null };
    },
  };
}

/**
 * Widget styles live in css`` literals written for people: comments, indentation, one declaration per line. The
 * shipped bundle keeps only what the browser reads. Quoted strings are left exactly as written.
 */
function minifyCssLiterals(): Plugin {
  const literal = /\bcss`([^`]*)`/g;
  const quoted = /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/;
  const squeeze = (text: string) =>
    text
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,]) ?/g, '$1')
      .replace(/;}/g, '}');
  return {
    name: 'cw-minify-css-literals',
    transform(code, id) {
      if (!id.includes('/src/') || !/\.ts$/.test(id) || !code.includes('css`')) return null;
      return {
        code: code.replace(literal, (_, body: string) => {
          if (body.includes('${')) return `css\`${body}\``; // interpolations: leave as written
          // Comments first: an apostrophe in a comment is not a string.
          const parts = body.replace(/\/\*[\s\S]*?\*\//g, '').split(quoted).map((part, i) => (i % 2 ? part : squeeze(part)));
          return `css\`${parts.join('').trim()}\``;
        }),
        map: null,
      };
    },
  };
}

/** The chunks `fileName` imports statically, directly or through other chunks, nearest first; not itself. */
function transitiveImports(bundle: Rolldown.OutputBundle, fileName: string): Set<string> {
  const seen = new Set<string>();
  const queue = [fileName];
  while (queue.length) {
    const chunk = bundle[queue.shift()!];
    if (chunk?.type !== 'chunk') continue;
    for (const next of chunk.imports) {
      if (next === fileName || seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

/**
 * A browser finds a module's imports only after fetching and parsing it, so a chain entry → chunk → chunk → chunk
 * costs a round trip per link (≈150 ms each on a slow mobile network). Rollup avoids that by listing every chunk's
 * transitive imports in the chunk itself (hoistTransitiveImports); Rolldown does not implement that yet, so this
 * does it: each chunk gets bare imports of the chunks its imports import, appended after its own. Import
 * declarations evaluate in source order, and these come last, after the imports that already load the same
 * modules, so the evaluation order is unchanged; only the fetches start together.
 */
function hoistTransitiveImports(): Plugin {
  return {
    name: 'cw-hoist-transitive-imports',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const direct = new Set(chunk.imports);
        const hoisted = [...transitiveImports(bundle, chunk.fileName)].filter((file) => !direct.has(file));
        if (!hoisted.length) continue;
        const from = posix.dirname(chunk.fileName);
        const specifier = (file: string) => {
          const relative = posix.relative(from, file);
          return relative.startsWith('.') ? relative : `./${relative}`;
        };
        const imports = hoisted.map((file) => `import${JSON.stringify(specifier(file))};`).join('');
        // Before the source-map comment, which must stay the last line.
        const mapComment = chunk.code.lastIndexOf('\n//# sourceMappingURL=');
        const at = mapComment === -1 ? chunk.code.length : mapComment;
        chunk.code = `${chunk.code.slice(0, at)}\n${imports}${chunk.code.slice(at)}`;
      }
    },
  };
}

/**
 * Chromium (136 on) compiles a file that starts with `//# allFunctionsCalledOnLoad` eagerly, on a background thread
 * as it arrives, instead of compiling each function on the main thread the first time it is called. A widget runs
 * nearly all of its start-up code at once, so the files it needs before it can render are marked: the entries,
 * everything they import, and the data adapters with their validation. Code a widget loads later (Leaflet, the
 * grid engine, the outbox's registry, the Traditional Chinese tables, translations) is not, unless an entry
 * imports it too (`adapters.js` imports the outbox): compiling unused functions would only cost. Other engines read
 * a comment.
 */
function compileHintsForStartUpCode(): Plugin {
  const hint = '//# allFunctionsCalledOnLoad\n';
  const adapterCode = /\/src\/adapters\/(static-adapter|rest\/rest-adapter|dataset-validation)\.ts$/;
  return {
    name: 'cw-compile-hints-for-start-up-code',
    generateBundle(_, bundle) {
      const startUp = new Set<string>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !(chunk.isEntry || chunk.moduleIds.some((id) => adapterCode.test(id)))) continue;
        startUp.add(chunk.fileName);
        for (const file of transitiveImports(bundle, chunk.fileName)) startUp.add(file);
      }
      for (const file of startUp) {
        const chunk = bundle[file];
        if (chunk?.type !== 'chunk') continue;
        chunk.code = hint + chunk.code;
        // The code moved down one line: so do its mappings (a leading ";" is an empty first line), in the .map
        // file already written into the bundle.
        const map = bundle[`${file}.map`];
        if (map?.type !== 'asset') continue;
        const json = JSON.parse(String(map.source)) as { mappings: string };
        json.mappings = `;${json.mappings}`;
        map.source = JSON.stringify(json);
      }
    },
  };
}

/**
 * `loader.js` gets its own copy of every core module it imports (the page config, the language tags) rather than
 * importing the elements' chunk that holds them: a chunk the loader imports is one more round trip before it can
 * find a widget or start a download. A core module with state keeps it on the global object, as the page config
 * does, so both copies see one state.
 */
function loaderOwnCoreCopies(): Plugin {
  const loaderDir = src('loader/');
  return {
    name: 'cw-loader-own-core-copies',
    enforce: 'pre',
    resolveId(source, importer) {
      const core = /^\.\.\/core\/([\w-]+)\.js$/.exec(source)?.[1];
      if (!core || !importer?.startsWith(loaderDir)) return null;
      return `${src(`core/${core}.ts`)}?loader-copy`;
    },
  };
}

/**
 * The loader imports an element's file by name; the browser would find that file's chunks, and then the data
 * adapter's, only after fetching it: two more round trips. This writes, into the loader, each element's static
 * chunks and each adapter kind's chunks (adapter + validation), which the loader then preloads alongside
 * (src/loader/preload.ts). Paths are relative to dist/, where the loader is.
 */
function entryChunksInLoader(): Plugin {
  const placeholder = /(["'`])\{\\?"files\\?":\[\],\\?"of\\?":\{\}\}\1/;
  return {
    name: 'cw-entry-chunks-in-loader',
    generateBundle(_, bundle) {
      const loader = bundle['loader.js'];
      if (loader?.type !== 'chunk') return;
      const chunks = Object.values(bundle).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
      const withImports = (...files: string[]) => [...new Set(files.flatMap((file) => [file, ...transitiveImports(bundle, file)]))];
      const holding = (module: RegExp) => chunks.find((c) => c.moduleIds.some((id) => module.test(id)))?.fileName;
      const lists: Record<string, string[]> = {};
      for (const chunk of chunks) {
        const name = chunk.isEntry && chunk.fileName.match(/^elements\/([\w-]+)\.js$/)?.[1];
        if (name) lists[name] = [...transitiveImports(bundle, chunk.fileName)];
      }
      const validation = holding(/\/src\/adapters\/dataset-validation\.ts$/);
      for (const [kind, module] of [['static', /\/src\/adapters\/static-adapter\.ts$/], ['rest', /\/src\/adapters\/rest\/rest-adapter\.ts$/]] as const) {
        const adapter = holding(module);
        if (!adapter || !validation) this.error(`entryChunksInLoader: no chunk holds the ${kind} adapter or the validation`);
        lists[`adapter:${kind}`] = withImports(adapter!, validation!);
      }
      // On a zh-Hant page a widget also loads its translations and, for its data, the character table.
      const converter = [/opencc-js\/dist\/esm-lib\/core\.js$/, /opencc-js\/dist\/esm-lib\/dict\/STCharacters\.js$/].map(holding);
      const common = holding(/\/src\/i18n\/zh-Hant\/common\.ts$/);
      if (!common || converter.some((file) => !file)) this.error('entryChunksInLoader: no chunk holds the zh-Hant strings or the character table');
      for (const name of Object.keys(lists).filter((key) => !key.includes(':'))) {
        const strings = holding(new RegExp(`/src/i18n/zh-Hant/${name}\\.ts$`));
        if (strings) lists[`zh-Hant:${name}`] = withImports(strings, common!, ...(converter as string[]));
      }
      // What the loader imports itself is there already (nothing today: it carries its own page config).
      const own = transitiveImports(bundle, 'loader.js');
      for (const [key, list] of Object.entries(lists)) lists[key] = list.filter((file) => !own.has(file));
      // Each file named once, as it sits in chunks/ without the folder and extension: the loader stays small.
      const files = [...new Set(Object.values(lists).flat())];
      const outside = files.filter((file) => !/^chunks\/[^/]+\.js$/.test(file));
      if (outside.length) this.error(`entryChunksInLoader: expected chunks/*.js, got ${outside.join(', ')}`);
      const plan = {
        files: files.map((file) => file.slice('chunks/'.length, -'.js'.length)),
        of: Object.fromEntries(Object.entries(lists).map(([key, list]) => [key, list.map((file) => files.indexOf(file))])),
      };
      if (!placeholder.test(loader.code)) this.error('entryChunksInLoader: the placeholder in src/loader/preload.ts changed');
      loader.code = loader.code.replace(placeholder, () => JSON.stringify(JSON.stringify(plan)));
    },
  };
}

/** `CW_ENTRY=elements/satisfaction-survey` builds that entry alone: the benchmarks measure a page that loads only it. */
function selectedEntries(entries: Record<string, string>): Record<string, string> {
  const only = process.env.CW_ENTRY;
  if (!only) return entries;
  if (!entries[only]) throw new Error(`CW_ENTRY=${only} is not an entry (${Object.keys(entries).join(', ')})`);
  return { [only]: entries[only] };
}

/**
 * Chunks cut by hand, where Rolldown's automatic split (one chunk per set of importing entries) costs requests or
 * round trips. Higher priority claims a module first; a group also takes what its modules import, unless a higher
 * group has claimed it.
 */
function chunkGroups(singleEntry: boolean): CodeSplittingGroup[] {
  // Shared by the adapters and the widgets, without lit: the adapters entry stays free of the runtime, and the
  // validation chunk does not drag these into a widget's first download. With them the compiler's helpers for the
  // private class members it lowers for Safari 15 (BROWSER_FLOOR), which the outbox needs as much as the elements.
  const adapterCore: CodeSplittingGroup = {
    name: 'adapter-core',
    test: /\/src\/adapters\/(adapter-error|signals|idempotency-key|outbox\/pending-hint)\.ts|\/src\/model\/vocabulary\.ts|@oxc-project\+runtime@[^/]+\/helpers\//,
    priority: 3,
  };
  // Data validation as one chunk, fetched beside the adapter's: valibot, the schemas and the dataset checks.
  const validation: CodeSplittingGroup = { name: 'validation', test: /node_modules\/valibot\/|\/src\/model\/|\/src\/adapters\/dataset-validation\.ts/, priority: 1 };
  // One entry shares nothing with other entries: only the data code needs cutting out.
  if (singleEntry) return [adapterCore, validation];
  return [
    adapterCore,
    // What every widget runs, lit, the element base and the helpers every element imports (define, safe-url), as
    // one file: a page of widgets otherwise fetched a dozen small shared chunks, each compressed on its own. The
    // held submission (with its leave guard) the survey and the signup share is too small for a file of its own.
    {
      name: 'runtime',
      test: /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/task)\/|\/src\/core\/(cw-element|data-controller|state-views|define|safe-url|leave-guard|held-submission|styles\/)/,
      priority: 2,
    },
    validation,
  ];
}

/** Translations load per language; their chunks say which language they hold. */
function chunkFileName(chunk: { name: string; facadeModuleId: string | null }): string {
  const locale = chunk.facadeModuleId?.match(/\/i18n\/(en|zh-Hant)\/[^/]+$/)?.[1];
  return locale ? `chunks/i18n-${locale}-[name]-[hash].js` : 'chunks/[name]-[hash].js';
}

/**
 * The library build. `dist/` is meant to be copied as-is to a portal's own static server, so: ES modules only,
 * lit bundled (no bare imports a browser cannot resolve), chunks imported by relative URL with hashed names, and
 * nothing fetched from another host.
 */
export default defineConfig({
  plugins: [themes(), leafletWithoutInnerHtmlProbe(), minifyCssLiterals(), loaderOwnCoreCopies(), hoistTransitiveImports(), entryChunksInLoader(), compileHintsForStartUpCode()],
  build: {
    target: BROWSER_FLOOR,
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: 'oxc',
    reportCompressedSize: false,
    lib: {
      formats: ['es'],
      entry: selectedEntries({
        index: src('index.ts'),
        adapters: src('adapters/index.ts'),
        'adapters/contract': src('adapters/contract/index.ts'),
        ...(existsSync(src('loader/index.ts')) ? { loader: src('loader/index.ts') } : {}),
        ...elementEntries(),
      }),
    },
    rolldownOptions: {
      output: {
        // Library mode keeps whitespace for ES output (for re-bundlers); this dist is served to browsers as is.
        minify: true,
        entryFileNames: '[name].js',
        chunkFileNames: chunkFileName,
        codeSplitting: { groups: chunkGroups(!!process.env.CW_ENTRY) },
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});
