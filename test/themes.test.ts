import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/worker-card/worker-card.js';
import type { CwWorkerCard } from '../src/elements/worker-card/worker-card.js';
import { THEMES, type ThemeName } from '../src/themes/index.js';
import { COLOUR_PAIRS, contrast, tokenColor } from './helpers/contrast.js';
import { staticAdapter, until } from './helpers/fixtures.js';

function applyTheme(css: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet));
}

const themes: (ThemeName | 'built-in defaults')[] = ['built-in defaults', ...(Object.keys(THEMES) as ThemeName[])];

describe('themes', () => {
  for (const theme of themes) {
    for (const elder of [false, true]) {
      const minimum = elder ? 7 : 4.5;
      it(`${theme}${elder ? ' (elder mode)' : ''}: every colour pair reaches ${minimum}:1 and the card stays axe-clean`, async () => {
        const remove = theme === 'built-in defaults' ? () => {} : applyTheme(THEMES[theme]);
        try {
          const el = await fixture<CwWorkerCard>(html`<cw-worker-card .adapter=${staticAdapter()} worker="W-1" ?elder=${elder}></cw-worker-card>`);
          await until(() => !!el.shadowRoot!.querySelector('.card'), 'card');
          for (const [fg, bg] of COLOUR_PAIRS) {
            const ratio = contrast(tokenColor(el, fg), tokenColor(el, bg));
            expect(ratio, `${fg} on ${bg}`).to.be.at.least(minimum);
          }
          await expect(el).to.be.accessible();
        } finally {
          remove();
        }
      });
    }
  }

  it('changes the look without changing markup', async () => {
    const el = await fixture<CwWorkerCard>(html`<cw-worker-card .adapter=${staticAdapter()} worker="W-1"></cw-worker-card>`);
    await until(() => !!el.shadowRoot!.querySelector('.card'), 'card');
    const before = el.shadowRoot!.innerHTML;
    const remove = applyTheme(THEMES['government-blue']);
    try {
      const phone = el.shadowRoot!.querySelector('[part="phone"]')!;
      for (const animation of phone.getAnimations()) animation.finish(); // the colour change is a transition
      expect(getComputedStyle(phone).backgroundColor).to.equal('rgb(11, 92, 173)');
      expect(el.shadowRoot!.innerHTML).to.equal(before);
    } finally {
      remove();
    }
  });
});
