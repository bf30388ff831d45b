import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { LocaleController } from '../src/core/locale-controller.js';
import { defineCatalog, type Catalog } from '../src/i18n/catalog.js';
import { until } from './helpers/fixtures.js';

const source = { hello: '你好' };
type Hello = typeof source;

/** A catalog whose translations arrive when the test says so, or fail. */
function controllableCatalog() {
  const requested: string[] = [];
  const gates = new Map<string, { resolve: () => void; reject: (e: Error) => void }>();
  const translations: Record<'zh-Hant' | 'en', Hello> = { 'zh-Hant': { hello: '妳好' }, en: { hello: 'Hello' } };
  const loader = (locale: 'zh-Hant' | 'en') => () => {
    requested.push(locale);
    return new Promise<{ default: Hello }>((resolve, reject) =>
      gates.set(locale, { resolve: () => resolve({ default: translations[locale] }), reject }),
    );
  };
  const catalog = defineCatalog(source, { 'zh-Hant': loader('zh-Hant'), en: loader('en') });
  return { catalog, requested, arrive: (locale: string) => gates.get(locale)!.resolve(), fail: (locale: string) => gates.get(locale)!.reject(new Error('offline')) };
}

let catalogUnderTest: Catalog<Hello>;

class HelloElement extends LitElement {
  readonly locale = new LocaleController(this, () => undefined, () => [catalogUnderTest]);
  override scheduleUpdate(): void | Promise<unknown> {
    return this.locale.beforeFirstUpdate(this.hasUpdated, () => super.scheduleUpdate());
  }
  override render() {
    return html`<p>${catalogUnderTest.of(this.locale.value).hello}</p>`;
  }
}
customElements.define('test-hello', HelloElement);

const text = (el: HelloElement) => el.shadowRoot?.textContent?.trim() ?? '';

describe('string catalogs', () => {
  it('fetches only the language the page shows, and renders first in that language', async () => {
    const { catalog, requested, arrive } = controllableCatalog();
    catalogUnderTest = catalog;
    const wrapper = await fixture(fixtureHtml`<div lang="en"><test-hello></test-hello></div>`);
    const el = wrapper.querySelector<HelloElement>('test-hello')!;
    // Asked for a task after the upgrade, which on a slow phone is long enough already.
    await until(() => requested.length > 0, 'the request for the strings');
    expect(requested).to.deep.equal(['en']);
    expect(el.hasUpdated, 'no render before the strings arrive').to.equal(false);
    arrive('en');
    await el.updateComplete;
    expect(text(el)).to.equal('Hello');
  });

  it('keeps the shown language until the new one has arrived', async () => {
    const { catalog, arrive } = controllableCatalog();
    catalogUnderTest = catalog;
    const wrapper = await fixture(fixtureHtml`<div lang="zh-CN"><test-hello></test-hello></div>`);
    const el = wrapper.querySelector<HelloElement>('test-hello')!;
    await el.updateComplete;
    expect(text(el)).to.equal('你好');
    wrapper.setAttribute('lang', 'zh-TW');
    await new Promise((r) => setTimeout(r, 20));
    expect(text(el), 'never a mix of languages').to.equal('你好');
    arrive('zh-Hant');
    await until(() => text(el) === '妳好', 'Traditional text');
  });

  it('stays readable when a language cannot be fetched, and tries again on the next change', async () => {
    const { catalog, requested, fail, arrive } = controllableCatalog();
    catalogUnderTest = catalog;
    const wrapper = await fixture(fixtureHtml`<div lang="zh-CN"><test-hello></test-hello></div>`);
    const el = wrapper.querySelector<HelloElement>('test-hello')!;
    await el.updateComplete;
    wrapper.setAttribute('lang', 'en');
    await until(() => requested.length === 1, 'English requested');
    fail('en');
    await new Promise((r) => setTimeout(r, 20));
    expect(text(el)).to.equal('你好');
    wrapper.setAttribute('lang', 'en-GB');
    await until(() => requested.length === 2, 'English requested again');
    arrive('en');
    await until(() => text(el) === 'Hello', 'English text');
  });

  it('a language that fails on first render still renders, in the source language', async () => {
    const { catalog, fail } = controllableCatalog();
    catalogUnderTest = catalog;
    const wrapper = await fixture(fixtureHtml`<div lang="en"><test-hello></test-hello></div>`);
    const el = wrapper.querySelector<HelloElement>('test-hello')!;
    fail('en');
    await el.updateComplete;
    expect(text(el)).to.equal('你好');
  });
});
