import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';

class X extends LitElement { @property() a = 'x'; }
customElements.define('x-smoke', X);
it('decorators work', () => { const x = new X(); expect(x.a).to.equal('x'); });
