import { css } from 'lit';

/** Buttons, links, focus and the shared states: the same look and targets in every widget. */
export const shared = css`
  a {
    color: var(--cw-color-link);
    text-underline-offset: 0.15em;
  }

  :focus-visible {
    outline: var(--cw-focus-ring);
    outline-offset: 0.125em;
  }

  .cw-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: var(--cw-target-size);
    min-width: var(--cw-target-size);
    padding: 0.4em 1em;
    border: 0.0625em solid var(--cw-color-primary);
    border-radius: var(--cw-radius);
    background: var(--cw-color-bg);
    color: var(--cw-color-primary);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-decoration: none;
    cursor: pointer;
    transition: background-color var(--cw-transition);
  }

  .cw-button:hover {
    background: var(--cw-color-surface);
  }

  .cw-button--primary {
    background: var(--cw-color-primary);
    color: var(--cw-color-on-primary);
  }

  .cw-button--primary:hover {
    background: var(--cw-color-primary);
    filter: brightness(0.92);
  }

  .cw-button[disabled] {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .cw-state {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
    gap: 0.5em;
    min-height: var(--cw-state-min-height, 8em);
    padding: var(--cw-space);
    border: 0.0625em dashed var(--cw-color-border);
    border-radius: var(--cw-radius);
    background: var(--cw-color-surface);
    color: var(--cw-color-muted);
  }

  .cw-state p {
    margin: 0;
  }

  .cw-state--loading {
    flex-direction: row;
    align-items: center;
  }

  .cw-state--error {
    border-style: solid;
    border-color: var(--cw-color-danger);
    color: var(--cw-color-text);
  }

  .cw-state__detail {
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
  }

  .cw-spinner {
    width: 1em;
    height: 1em;
    border: 0.15em solid var(--cw-color-border);
    border-top-color: var(--cw-color-primary);
    border-radius: 50%;
    animation: cw-spin 0.8s linear infinite;
  }

  @keyframes cw-spin {
    to {
      transform: rotate(1turn);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .cw-spinner {
      animation: none;
    }
  }

  :host([data-cw-elder]) .cw-spinner {
    animation: none;
  }

  .cw-visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  @media (forced-colors: active) {
    .cw-button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
