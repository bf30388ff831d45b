import { expect } from '@open-wc/testing';
import { buildOpenApiDocument } from '../src/adapters/rest/openapi/build-openapi.js';
import { toYaml, type JsonValue } from '../src/adapters/rest/openapi/to-yaml.js';
import { ROUTES, type Route } from '../src/adapters/rest/routes.js';

type Json = Record<string, JsonValue>;

/** Every `$ref` in the document, with where it was found. */
function refs(value: JsonValue, at = '#'): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => refs(item, `${at}/${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (key === '$ref' && typeof item === 'string' ? [[item, at] as [string, string]] : refs(item, `${at}/${key}`)));
  }
  return [];
}

function resolvePointer(document: Json, pointer: string): JsonValue | undefined {
  return pointer
    .replace(/^#\//, '')
    .split('/')
    .reduce<JsonValue | undefined>((node, part) => (node && typeof node === 'object' && !Array.isArray(node) ? node[part] : undefined), document);
}

describe('OpenAPI contract (docs/openapi.yaml)', () => {
  it('is exactly what the generator makes from the current schemas (run `node scripts/openapi.mjs` after a model change)', async () => {
    const response = await fetch('/docs/openapi.yaml', { cache: 'no-store' });
    expect(response.ok, 'docs/openapi.yaml must exist').to.equal(true);
    const committed = await response.text();
    const generated = toYaml(buildOpenApiDocument());
    if (committed !== generated) {
      const a = committed.split('\n');
      const b = generated.split('\n');
      const line = a.findIndex((text, i) => text !== b[i]);
      expect.fail(`docs/openapi.yaml is out of date at line ${line + 1}:\n  file: ${a[line]}\n  now:  ${b[line]}`);
    }
  });

  it('describes every route the adapter calls, with the same method, operation id and query parameters', () => {
    const document = buildOpenApiDocument() as Json;
    const paths = document.paths as Record<string, Record<string, Json>>;
    for (const route of Object.values(ROUTES) as Route[]) {
      const operation = paths[route.path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.path}`).to.exist;
      expect(operation!.operationId).to.equal(route.operationId);
      const parameters = ((operation!.parameters ?? []) as Json[]).map((p) => (p.$ref as string | undefined) ?? `${p.in}:${p.name}`);
      if (route.method === 'GET') {
        expect(parameters.filter((p) => p.startsWith('query:'))).to.deep.equal((route.query ?? []).map((q) => `query:${q.name}`));
      } else {
        expect(parameters).to.deep.equal(['#/components/parameters/IdempotencyKey']);
      }
    }
    const operations = Object.values(paths).flatMap((item) => Object.keys(item));
    expect(operations).to.have.length(Object.keys(ROUTES).length);
  });

  it('has no dangling $ref', () => {
    const document = buildOpenApiDocument() as Json;
    const dangling = refs(document).filter(([pointer]) => resolvePointer(document, pointer) === undefined);
    expect(dangling).to.deep.equal([]);
  });

  it('carries the model rules: required fields, patterns, enums and the prose of custom checks', () => {
    const schemas = (buildOpenApiDocument() as Json).components as Json;
    const all = schemas.schemas as Record<string, Json>;
    expect(all.VolunteerSignup!.required).to.deep.equal(['opportunityId', 'name', 'mobile', 'ageGroup', 'consent']);
    expect((all.MainlandMobile as Json).pattern).to.equal('^1[3-9]\\d{9}$');
    expect(((all.SignupReceipt!.properties as Json).status as Json).enum).to.deep.equal(['confirmed', 'waitlisted', 'full', 'closed', 'duplicate']);
    expect(all.VolunteerSignup!.description).to.contain('a child under 14 needs a guardian');
    expect(all.Grid!.properties).to.have.property('boundary').that.deep.equals({ $ref: '#/components/schemas/AreaGeometry' });
  });
});

describe('toYaml', () => {
  it('quotes what YAML would read as something else, and keeps plain words plain', () => {
    expect(toYaml({ a: 'yes', b: '200', c: 'x: y', d: '#/x', e: 'plain', '404': true, f: null, g: 1.5, h: [], i: {} })).to.equal(
      // Integer-like keys come first in a JS object, as in the OpenAPI responses maps.
      '"404": true\na: "yes"\nb: "200"\nc: "x: y"\nd: "#/x"\ne: plain\nf: null\ng: 1.5\nh: []\ni: {}\n',
    );
  });

  it('writes nested lists and prose blocks', () => {
    expect(toYaml({ list: [{ a: 1, b: [2] }, 'x'], text: 'line one\n\nline two' })).to.equal(
      'list:\n  - a: 1\n    b:\n      - 2\n  - x\ntext: |-\n  line one\n\n  line two\n',
    );
  });
});
