import { html, svg, type TemplateResult } from 'lit';

const STAR = 'M12 2.5l2.9 6 6.6.9-4.8 4.6 1.2 6.5L12 17.4l-5.9 3.1 1.2-6.5-4.8-4.6 6.6-.9z';

/** Five stars with `filled` of them solid: the familiar 好差评 picture, decorative next to the level's text. */
export function starMeter(filled: number): TemplateResult {
  return html`<svg class="meter" viewBox="0 0 120 24" aria-hidden="true" focusable="false">
    ${[0, 1, 2, 3, 4].map((i) => svg`<path class=${i < filled ? 'on' : 'off'} transform="translate(${i * 24} 0)" d=${STAR}></path>`)}
  </svg>`;
}
