import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/worker-card/worker-card.js';
import { appendCard, until } from './helpers/fixtures.js';

// A file of its own: the converter is loaded once per page, and this must be the first widget to need it.
describe('Data on a zh-Hant page, before the converter has ever loaded', () => {
  it('is first shown in Traditional, never in Simplified, and cw-ready comes with it', async () => {
    const texts: string[] = [];
    let textAtReady: string | undefined;
    const wrapper = await fixture(html`<div lang="zh-Hant"></div>`);
    wrapper.addEventListener('cw-ready', () => (textAtReady = card.shadowRoot!.textContent!));
    const card = appendCard(wrapper);
    // Every state the card renders, as a resident would see it: one record per batch of DOM changes.
    const observer = new MutationObserver(() => texts.push(card.shadowRoot!.textContent!));
    observer.observe(card.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await until(() => card.shadowRoot!.textContent!.includes('王建國'), 'converted data', 5000);
    observer.disconnect();

    expect(texts.filter((text) => text.includes('王建国')), 'renders with the Simplified name').to.deep.equal([]);
    await until(() => textAtReady !== undefined, 'cw-ready');
    expect(textAtReady).to.contain('王建國');
  });
});
