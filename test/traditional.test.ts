import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/worker-card/worker-card.js';
import type { CwWorkerCard } from '../src/elements/worker-card/worker-card.js';
import { convertStrings, loadTraditional } from '../src/core/traditional.js';
import { staticAdapter, until } from './helpers/fixtures.js';

describe('Traditional Chinese data', () => {
  it('converts every string of a record and leaves ids, phones and URLs alone', async () => {
    const convert = await loadTraditional();
    const record = { id: 'W-1', name: '王建国', phones: [{ number: '0519-86600001' }], office: { address: '局前街社区服务中心' }, url: '/photos/a.svg' };
    expect(convertStrings(record, convert)).to.deep.equal({
      id: 'W-1',
      name: '王建國',
      phones: [{ number: '0519-86600001' }],
      office: { address: '局前街社區服務中心' },
      url: '/photos/a.svg',
    });
    expect(record.name, 'the original is not mutated').to.equal('王建国');
  });

  it('converts every character of the table as opencc-js itself does, though the table is built a slice at a time', async () => {
    const [{ ConverterFactory }, { default: table }] = await Promise.all([import('opencc-js/core'), import('opencc-js/dict/STCharacters')]);
    const every = [...new Set(table.replace(/[ |]/g, ''))].join('') + '这是关于社区服务满意度的问卷，请如实填写。';
    expect((await loadTraditional())(every)).to.equal(ConverterFactory([table])(every));
  });

  it('shows card data in Traditional while lang is zh-Hant, and back in Simplified', async () => {
    const wrapper = await fixture(html`<div lang="zh-Hant"><cw-worker-card .adapter=${staticAdapter()} worker="W-1"></cw-worker-card></div>`);
    const el = wrapper.querySelector<CwWorkerCard>('cw-worker-card')!;
    const text = () => el.shadowRoot!.textContent!;
    await until(() => text().includes('王建國') && text().includes('局前街社區'), 'converted data');
    expect(text()).to.contain('網格長');
    wrapper.setAttribute('lang', 'zh-CN');
    await until(() => text().includes('王建国'), 'simplified again');
  });
});
