import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/worker-card/worker-card.js';
import { appendCard, until } from './helpers/fixtures.js';

// A file of its own: the converter is loaded once per page, and it must not be loaded before the switch.
describe('A portal switching to 繁體 after the data is shown', () => {
  it('keeps the data on screen while the converter loads, never the loading state again', async () => {
    const wrapper = await fixture(html`<div lang="zh-CN"></div>`);
    const card = appendCard(wrapper);
    const shadow = card.shadowRoot!;
    await until(() => shadow.textContent!.includes('王建国'), 'data in Simplified');
    let loadingShown = false;
    const observer = new MutationObserver(() => (loadingShown ||= !!shadow.querySelector('[part~="loading"]')));
    observer.observe(shadow, { subtree: true, childList: true, characterData: true, attributes: true });
    wrapper.setAttribute('lang', 'zh-TW');
    await until(() => shadow.textContent!.includes('王建國'), 'data in Traditional', 5000);
    observer.disconnect();
    expect(loadingShown, 'the card went back to its loading state').to.equal(false);
  });
});
