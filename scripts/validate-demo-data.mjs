#!/usr/bin/env node
/**
 * Validates a static-adapter data file against the model schemas in src/model/ (the same valibot schemas the
 * widgets use), item by item, then checks what a schema cannot: references between collections, roles per grid,
 * survey logic, dates, photo files, and that grids do not overlap.
 *
 *   node scripts/validate-demo-data.mjs [file]      (default: demo/public/data/tianning.json)
 *
 * Prints `path: message` for every problem and exits 1 if there is any.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const file = resolve(process.argv[2] ?? join(ROOT, 'demo/public/data/tianning.json'));

// Bundle the TypeScript model (and the valibot instance it uses) into one temporary ES module.
const tmp = mkdtempSync(join(tmpdir(), 'cw-validate-'));
const bundle = join(tmp, 'model.mjs');
try {
  await build({
    stdin: {
      contents: "export * from './src/model/index.ts';\nexport * as v from 'valibot';\nexport { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';\n",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: bundle,
    logLevel: 'error',
  });
  var model = await import(pathToFileURL(bundle).href);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const { v, DATASET_COLLECTIONS, formatPath, booleanPointInPolygon } = model;

const problems = [];
const report = (path, message) => problems.push(`${path}: ${message}`);

let data;
try {
  data = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`${file}: ${error.message}`);
  process.exit(1);
}

// 1. Schemas, item by item (as the static adapter does).
const parsed = {};
for (const [name, schema] of Object.entries(DATASET_COLLECTIONS)) {
  const items = data[name];
  if (!Array.isArray(items)) {
    report(name, 'must be an array');
    continue;
  }
  parsed[name] = [];
  items.forEach((item, i) => {
    const result = v.safeParse(schema, item);
    if (result.success) parsed[name].push(result.output);
    else for (const issue of result.issues) {
      let leaf = issue;
      while (leaf.issues?.length) leaf = leaf.issues[0];
      report(formatPath(`${name}[${i}]`, leaf), leaf.message);
    }
  });
}
for (const key of Object.keys(data)) if (!(key in DATASET_COLLECTIONS)) report(key, 'is not a known collection');

const { grids = [], workers = [], servicePoints = [], surveys = [], opportunities = [] } = parsed;

// 2. Unique ids.
for (const [name, items] of Object.entries(parsed)) {
  const seen = new Set();
  items.forEach((item, i) => {
    if (seen.has(item.id)) report(`${name}[${i}].id`, `duplicate id ${item.id}`);
    seen.add(item.id);
  });
}
const codes = new Set();
grids.forEach((g, i) => {
  if (codes.has(g.code)) report(`grids[${i}].code`, `duplicate code ${g.code}`);
  codes.add(g.code);
});

// 3. Grids ↔ workers.
const gridById = new Map(grids.map((g) => [g.id, g]));
const workerById = new Map(workers.map((w) => [w.id, w]));
grids.forEach((g, i) => {
  g.workerIds.forEach((id, k) => {
    const w = workerById.get(id);
    if (!w) return report(`grids[${i}].workerIds[${k}]`, `no worker ${id}`);
    if (!w.gridIds.includes(g.id)) report(`grids[${i}].workerIds[${k}]`, `${id} does not list ${g.id} in its gridIds`);
    if (w.community !== g.community) report(`grids[${i}].workerIds[${k}]`, `${id} belongs to ${w.community}, not ${g.community}`);
  });
  const roles = g.workerIds.map((id) => workerById.get(id)?.role);
  const leaders = roles.filter((r) => r === 'grid-leader').length;
  const gridWorkers = roles.filter((r) => r === 'grid-worker').length;
  if (leaders !== 1) report(`grids[${i}].workerIds`, `needs exactly one grid-leader (网格长), has ${leaders}`);
  if (gridWorkers < 1 || gridWorkers > 2) report(`grids[${i}].workerIds`, `needs 1–2 grid-workers (网格员), has ${gridWorkers}`);
});
workers.forEach((w, i) => {
  w.gridIds.forEach((id, k) => {
    const g = gridById.get(id);
    if (!g) return report(`workers[${i}].gridIds[${k}]`, `no grid ${id}`);
    if (!g.workerIds.includes(w.id)) report(`workers[${i}].gridIds[${k}]`, `${id} does not list ${w.id} in its workerIds`);
  });
  if (w.photo?.url) {
    const local = resolve(dirname(file), w.photo.url);
    if (/^\.{0,2}\//.test(w.photo.url) && !existsSync(local)) report(`workers[${i}].photo.url`, `file not found: ${local}`);
  }
});

// 4. Geometry: rings closed (schema), outer rings counter-clockwise and holes clockwise, no overlaps, points inside.
const signedArea = (ring) => {
  let a = 0;
  for (let i = 0; i < ring.length - 1; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a / 2;
};
const polygonsOf = (geometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);
const feature = (g) => ({ type: 'Feature', properties: {}, geometry: g.boundary });
grids.forEach((g, i) => {
  polygonsOf(g.boundary).forEach((poly, p) =>
    poly.forEach((ring, r) => {
      const ccw = signedArea(ring) > 0;
      if (ccw !== (r === 0)) report(`grids[${i}].boundary`, `polygon ${p} ring ${r} should be ${r === 0 ? 'counter-clockwise' : 'clockwise'} (RFC 7946)`);
      for (const [lng, lat] of ring) {
        if (lng < 119.9 || lng > 120.05 || lat < 31.7 || lat > 31.85) {
          report(`grids[${i}].boundary`, `[${lng}, ${lat}] is outside Tianning district`);
          break;
        }
      }
    }),
  );
});
// Sample a fine lattice over all grids: no point may lie strictly inside two grids.
const bbox = grids.flatMap((g) => polygonsOf(g.boundary).flatMap((poly) => poly[0])).reduce(
  ([w, s, e, n], [x, y]) => [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)],
  [Infinity, Infinity, -Infinity, -Infinity],
);
const overlaps = new Set();
const STEPS = 300;
for (let a = 0; a <= STEPS; a++) {
  for (let b = 0; b <= STEPS; b++) {
    const pt = [bbox[0] + ((bbox[2] - bbox[0]) * a) / STEPS, bbox[1] + ((bbox[3] - bbox[1]) * b) / STEPS];
    const inside = grids.filter((g) => booleanPointInPolygon(pt, feature(g), { ignoreBoundary: true }));
    if (inside.length > 1) overlaps.add(inside.map((g) => g.id).join(' & '));
  }
}
for (const pair of overlaps) report('grids', `${pair} overlap`);

const gridAt = (position, community) =>
  grids.find((g) => (!community || g.community === community) && booleanPointInPolygon(position, feature(g)));
servicePoints.forEach((s, i) => {
  if (!gridAt(s.location.coordinates, s.community)) report(`servicePoints[${i}].location`, `is not inside any grid of ${s.community}`);
});

// 5. Surveys: showIf points at an earlier question and at its option values; options unique.
surveys.forEach((s, i) => {
  const seen = new Map();
  s.questions.forEach((q, k) => {
    const at = `surveys[${i}].questions[${k}]`;
    if (seen.has(q.id)) report(`${at}.id`, `duplicate question id ${q.id}`);
    const values = (q.options ?? q.items ?? []).map((o) => o.value);
    if (new Set(values).size !== values.length) report(at, 'option values must be unique');
    if (q.kind === 'multiple' && q.max !== undefined && q.max > values.length) report(`${at}.max`, 'is more than the number of options');
    if (q.kind === 'scale' && q.min >= q.max) report(`${at}.max`, 'must be greater than min');
    if (q.showIf) {
      const target = seen.get(q.showIf.question);
      if (!target) report(`${at}.showIf.question`, `${q.showIf.question} is not an earlier question`);
      else if (q.showIf.anyOf) {
        const allowed = (target.options ?? []).map((o) => o.value);
        for (const value of q.showIf.anyOf) if (!allowed.includes(value)) report(`${at}.showIf.anyOf`, `${value} is not an option of ${target.id}`);
      }
    }
    seen.set(q.id, q);
  });
  if (s.opensAt && s.closesAt && Date.parse(s.opensAt) >= Date.parse(s.closesAt)) report(`surveys[${i}].closesAt`, 'must be after opensAt');
});

// 6. Opportunities: times in order, places inside the community.
opportunities.forEach((o, i) => {
  const at = `opportunities[${i}]`;
  if (Date.parse(o.start) >= Date.parse(o.end)) report(`${at}.end`, 'must be after start');
  if (o.deadline && Date.parse(o.deadline) > Date.parse(o.start)) report(`${at}.deadline`, 'must not be after start');
  if (o.taken > o.capacity) report(`${at}.taken`, 'must not exceed capacity');
  if (o.place.location && !gridAt(o.place.location.coordinates, o.community)) report(`${at}.place.location`, `is not inside any grid of ${o.community}`);
});

if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`\n${problems.length} problem(s) in ${file}`);
  process.exit(1);
}
console.log(
  `${file}: valid — ${grids.length} grids, ${workers.length} workers, ${servicePoints.length} service points, ` +
    `${surveys.length} surveys, ${opportunities.length} opportunities`,
);
