import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/worker-card/worker-card.js';
import { staticAdapter, until } from './helpers/fixtures.js';

const shown = (card: Element) => until(() => !!card.shadowRoot?.querySelector('.card'), 'the card shows its worker');

/** Context requests made by `target` while `run` runs. */
async function requestsBy(target: Element, run: () => Promise<void>): Promise<number> {
  let count = 0;
  const listener = (event: Event) => {
    if (event.composedPath()[0] === target) count++;
  };
  document.addEventListener('context-request', listener, true);
  try {
    await run();
  } finally {
    document.removeEventListener('context-request', listener, true);
  }
  return count;
}

/** Context requests the card makes when a new `<cw-provider>` appears in `place`, which is not around the card. */
function requestsWhenAProviderAppears(card: Element, place: Element): Promise<number> {
  return requestsBy(card, async () => {
    place.append(document.createElement('cw-provider'));
    await new Promise((resolve) => setTimeout(resolve));
  });
}

// Without the loader: each widget's file in a script tag of its own, the provider's arriving last.
describe('a <cw-provider> defined after its widgets', () => {
  it('still gives them its data source and settings', async () => {
    expect(customElements.get('cw-provider')).to.equal(undefined);
    const el = await fixture(html`<cw-provider elder .adapter=${staticAdapter()}><cw-worker-card worker="W-1"></cw-worker-card></cw-provider>`);
    const card = el.querySelector('cw-worker-card')!;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part~="not-configured"]')).to.exist;

    await import('../src/elements/provider/provider.js');
    await shown(card);
    expect(card.hasAttribute('data-cw-elder')).to.equal(true);
  });

  it('stops asking once a provider has answered', async () => {
    const el = await fixture(html`<div>
      <cw-provider .adapter=${staticAdapter()}><cw-worker-card worker="W-1"></cw-worker-card></cw-provider>
      <section></section>
    </div>`);
    const card = el.querySelector('cw-worker-card')!;
    await shown(card);
    expect(await requestsWhenAProviderAppears(card, el.querySelector('section')!)).to.equal(0);
  });

  it('asks again each time a provider appears until one is its own', async () => {
    const el = await fixture(html`<div><cw-worker-card worker="W-1" .adapter=${staticAdapter()}></cw-worker-card><section></section></div>`);
    const card = el.querySelector('cw-worker-card')!;
    await shown(card);
    // A provider elsewhere on the page is not the card's: it asked, nothing answered, it keeps its own adapter.
    expect(await requestsWhenAProviderAppears(card, el.querySelector('section')!)).to.equal(1);
    expect(card.shadowRoot!.querySelector('.card')).to.exist;
  });
});
