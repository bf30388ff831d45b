import { expect } from '@open-wc/testing';
import { specFrom } from '../src/loader/embed-spec.js';
import { VERSION } from '../src/loader/version.js';
import { allowedAttributes, WIDGET_ATTRIBUTES, type WidgetName } from '../src/loader/widgets.js';

const DEFINITIONS: Record<WidgetName, () => Promise<unknown>> = {
  'grid-map': () => import('../src/elements/grid-map/grid-map.js'),
  'worker-card': () => import('../src/elements/worker-card/worker-card.js'),
  'satisfaction-survey': () => import('../src/elements/satisfaction-survey/satisfaction-survey.js'),
  'volunteer-signup': () => import('../src/elements/volunteer-signup/volunteer-signup.js'),
};

describe('loader allow-lists and version', () => {
  for (const name of Object.keys(WIDGET_ATTRIBUTES) as WidgetName[]) {
    it(`allows only attributes <cw-${name}> really has, never src or api`, async () => {
      await DEFINITIONS[name]();
      const ctor = customElements.get(`cw-${name}`) as unknown as { observedAttributes: string[] };
      const observed = new Set([...ctor.observedAttributes, 'id']);
      const allowed = allowedAttributes(name);
      expect(allowed.filter((attribute) => !observed.has(attribute)), 'not attributes of the element').to.deep.equal([]);
      expect(allowed).not.to.include.members(['src', 'api']);
    });
  }

  it('treats boolean settings as present or absent, and drops over-long values', () => {
    const params = new URLSearchParams(`cw=satisfaction-survey&survey=${'S'.repeat(201)}&paged=0&elder=1`);
    expect(specFrom(params.get('cw'), (key) => params.get(key))).to.deep.equal({ name: 'satisfaction-survey', attributes: [['elder', '']] });
    expect(specFrom('Worker-Card ', () => null)).to.deep.equal({ name: 'worker-card', attributes: [] });
    expect(specFrom('toString', () => null)).to.equal(undefined);
  });

  it('reports the version in package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
