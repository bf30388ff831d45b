import { expect, fixture, html } from '@open-wc/testing';
import { adoptCloak, cloakCss } from '../src/loader/cloak.js';

// No element is defined in this file: the cloak applies only to undefined widgets.
describe('undefined-widget cloak', () => {
  before(() => adoptCloak());

  it('reserves each widget’s loading height while keeping its fallback visible', async () => {
    const el = await fixture(html`<div style="font-size: 16px">
      <cw-worker-card><p id="fb">电话 <a href="tel:0519-86600001">0519-86600001</a></p></cw-worker-card>
      <cw-satisfaction-survey></cw-satisfaction-survey>
      <cw-grid-map></cw-grid-map>
    </div>`);
    const [card, survey, map] = [...el.children] as HTMLElement[];
    expect(card!.getBoundingClientRect().height).to.equal(160);
    expect(survey!.getBoundingClientRect().height).to.equal(192);
    expect(map!.getBoundingClientRect().height).to.equal(384);
    const fallback = el.querySelector<HTMLElement>('#fb')!;
    expect(getComputedStyle(fallback).visibility).to.equal('visible');
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('touches nothing but the four widgets before they are defined', () => {
    const css = cloakCss();
    expect(css.match(/:not\(:defined\)/g)).to.have.length(4);
    expect(css).not.to.match(/visibility|opacity|display:\s*none/);
  });
});
