import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { renderSpeakButton } from '../src/core/speak-button.js';
import { commonMessages } from '../src/i18n/common.js';

describe('read-aloud button', () => {
  let spoken: SpeechSynthesisUtterance[] = [];
  let cancelled = 0;
  const original = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');

  before(() => commonMessages.load('zh-Hant'));

  beforeEach(() => {
    spoken = [];
    cancelled = 0;
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: { speak: (u: SpeechSynthesisUtterance) => spoken.push(u), cancel: () => cancelled++ },
    });
  });
  afterEach(() => {
    if (original) Object.defineProperty(window, 'speechSynthesis', original);
  });

  const mount = (enabled: boolean, locale: 'zh-Hans' | 'zh-Hant' | 'en' = 'zh-Hans') => {
    const host = document.createElement('div');
    render(renderSpeakButton(enabled, '垃圾分类宣传。社区广场', '垃圾分类宣传', locale), host);
    return host;
  };

  it('is absent unless enabled', () => {
    expect(mount(false).querySelector('button')).to.equal(null);
  });

  it('reads the text in the widget language, interrupting what was being read', () => {
    const button = mount(true, 'zh-Hant').querySelector('button')!;
    expect(button.textContent).to.contain('朗讀');
    button.click();
    expect(cancelled).to.equal(1);
    expect(spoken).to.have.length(1);
    expect(spoken[0]!.text).to.equal('垃圾分类宣传。社区广场');
    expect(spoken[0]!.lang).to.equal('zh-TW');
  });

  it('is absent where the browser cannot speak', () => {
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: undefined });
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    expect(mount(true).querySelector('button')).to.equal(null);
  });
});
