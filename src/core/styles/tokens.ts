import { css } from 'lit';

/**
 * Design tokens with their defaults. Every length is in `em`, so the portal's 字号 buttons and page zoom scale
 * the widget; a district theme overrides the custom properties and nothing else.
 * Default colours reach 4.5:1 on white; elder mode switches to ≥ 7:1 pairs and ≥ 60 px targets.
 */
export const tokens = css`
  :host {
    --cw-color-text: #1f2328;
    --cw-color-muted: #4f5661;
    --cw-color-bg: #ffffff;
    --cw-color-surface: #f5f6f8;
    --cw-color-border: #8a919c;
    --cw-color-primary: #b3261e;
    --cw-color-on-primary: #ffffff;
    --cw-color-link: #0b57d0;
    --cw-color-danger: #b3261e;
    --cw-color-success: #1e6b34;
    --cw-color-focus: #0b57d0;
    --cw-font-family: inherit;
    --cw-font-size: 1em;
    --cw-line-height: 1.6;
    --cw-space: 0.75em;
    --cw-radius: 0.375em;
    --cw-target-size: 2.75em;
    --cw-focus-ring: 0.1875em solid var(--cw-color-focus);
    --cw-transition: 150ms ease-out;

    display: block;
    box-sizing: border-box;
    color: var(--cw-color-text);
    font-family: var(--cw-font-family);
    font-size: var(--cw-font-size);
    line-height: var(--cw-line-height);
    overflow-wrap: anywhere;
  }

  /* 长者模式: text ≥ 18 pt, line height ≥ 1.5, targets ≥ 60 px, contrast ≥ 7:1, no motion. */
  :host([data-cw-elder]) {
    --cw-color-text: #000000;
    --cw-color-muted: #262626;
    --cw-color-border: #3d3d3d;
    --cw-color-primary: #8c1d18;
    --cw-color-link: #0a3d91;
    --cw-color-danger: #8c1d18;
    --cw-color-success: #124220;
    /* At least 18 pt, but no more: a portal's own 长者模式 already enlarges the page, and the two must not compound. */
    --cw-font-size: max(1em, 18pt);
    --cw-line-height: 1.8;
    --cw-target-size: max(2.75em, 60px);
    --cw-transition: 0s;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --cw-transition: 0s;
    }
  }
`;
