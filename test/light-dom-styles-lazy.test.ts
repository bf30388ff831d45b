import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/worker-card/worker-card.js';
import type { CwWorkerCard } from '../src/elements/worker-card/worker-card.js';
import { staticAdapter, until } from './helpers/fixtures.js';

// Kept apart from light-dom.test.ts, which imports the rewriting module itself.
const fetchedLightStyles = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/light-dom-styles.'));

describe('light-DOM styles on demand', () => {
  it('are not fetched by a widget in shadow DOM', async () => {
    const el = await fixture<CwWorkerCard>(html`<cw-worker-card worker="W-1" .adapter=${staticAdapter()}></cw-worker-card>`);
    await until(() => !!el.shadowRoot?.querySelector('.card'), 'card rendered');
    expect(fetchedLightStyles()).to.equal(false);
  });

  it('are fetched for a widget in light DOM, which is styled from its first render on', async () => {
    const wrapper = await fixture(html`<div lang="zh-Hans"></div>`);
    const el = document.createElement('cw-worker-card') as CwWorkerCard;
    el.setAttribute('render', 'light');
    el.setAttribute('worker', 'W-1');
    el.adapter = staticAdapter();
    let firstPadding: string | undefined;
    // Runs right after the first render adds the widget's content: its styles must already apply.
    const observer = new MutationObserver(() => {
      const box = el.querySelector<HTMLElement>('[part~="state"], .card');
      if (box && firstPadding === undefined) firstPadding = getComputedStyle(box).paddingTop;
    });
    observer.observe(el, { childList: true, subtree: true });
    wrapper.append(el);
    await until(() => firstPadding !== undefined, 'first render');
    observer.disconnect();
    expect(fetchedLightStyles()).to.equal(true);
    expect(parseFloat(firstPadding!)).to.be.above(0);
  });
});
