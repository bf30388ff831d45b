import { css } from 'lit';

export const volunteerSignupStyles = css`
  :host {
    container-type: inline-size;
    --cw-state-min-height: 10em;
    min-height: var(--cw-state-min-height);
  }

  p {
    margin: 0;
  }

  /* Filters */
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11em), 1fr));
    gap: 0.5em 0.75em;
    margin: 0 0 var(--cw-space);
    padding: var(--cw-space);
    border: 0.0625em solid var(--cw-color-border);
    border-radius: var(--cw-radius);
    background: var(--cw-color-surface);
  }

  legend {
    padding: 0 0.25em;
    font-weight: 700;
  }

  .filter {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-width: 0;
  }

  .filter--wide {
    grid-column: 1 / -1;
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }

  label {
    font-weight: 600;
  }

  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    width: 100%;
    min-height: var(--cw-target-size);
    padding: 0.35em 0.5em;
    border: 0.0625em solid var(--cw-color-border);
    border-radius: var(--cw-radius);
    background: var(--cw-color-bg);
    color: var(--cw-color-text);
    font: inherit;
    line-height: 1.4;
  }

  textarea {
    resize: vertical;
  }

  input[type='checkbox'],
  input[type='radio'] {
    flex: none;
    /* Form controls do not inherit the font size by default: without this, 1.5em would stay 20px in elder mode. */
    font-size: inherit;
    width: 1.5em;
    height: 1.5em;
    margin: 0.15em 0 0;
    accent-color: var(--cw-color-primary);
  }

  [aria-invalid='true']:not([type='radio']) {
    border-color: var(--cw-color-danger);
    border-width: 0.125em;
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    min-height: var(--cw-target-size);
    padding: 0.5em 0;
    font-weight: 400;
    cursor: pointer;
  }

  .count {
    margin: 0 0 0.5em;
    color: var(--cw-color-muted);
  }

  /* List */
  .list {
    display: grid;
    gap: var(--cw-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  @container (min-width: 48em) {
    .list {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  .item article,
  .detail {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    height: 100%;
    padding: var(--cw-space);
    border: 0.0625em solid var(--cw-color-border);
    border-radius: var(--cw-radius);
    background: var(--cw-color-bg);
  }

  .title {
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.35;
  }

  .title--detail {
    font-size: 1.3em;
  }

  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }

  .status,
  .mine {
    display: inline-block;
    padding: 0.05em 0.6em;
    border: 0.0625em solid currentColor;
    border-radius: 1em;
    font-size: 0.875em;
    font-weight: 600;
  }

  .status--open {
    color: var(--cw-color-success);
  }

  .status--waitlist {
    color: var(--cw-color-primary);
  }

  .status--full,
  .status--closed,
  .status--cancelled,
  .status--past {
    color: var(--cw-color-muted);
  }

  .mine {
    background: var(--cw-color-success);
    border-color: var(--cw-color-success);
    color: var(--cw-color-bg);
  }

  .facts {
    display: grid;
    gap: 0.25em;
    margin: 0;
  }

  .facts div {
    display: grid;
    grid-template-columns: 1fr;
  }

  @container (min-width: 24em) {
    .facts div {
      grid-template-columns: 6.5em 1fr;
      gap: 0.75em;
    }
  }

  dt {
    color: var(--cw-color-muted);
  }

  dd {
    margin: 0;
  }

  .requirements-title {
    color: var(--cw-color-muted);
  }

  .requirements {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .description {
    white-space: pre-line;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: auto;
    padding-top: 0.25em;
  }

  .back {
    align-self: flex-start;
  }

  .notice {
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--cw-color-border);
    background: var(--cw-color-surface);
  }

  .notice--info {
    border-color: var(--cw-color-link);
  }

  /* Form */
  .form {
    display: flex;
    flex-direction: column;
    gap: 1em;
    margin-top: 0.5em;
    padding-top: var(--cw-space);
    border-top: 0.0625em solid var(--cw-color-border);
  }

  .form-title,
  .consent-title {
    font-size: 1.1em;
    font-weight: 700;
  }

  .form-title:focus,
  .title:focus,
  .outcome__title:focus {
    outline: none;
  }

  .form-title:focus-visible,
  .title:focus-visible,
  .outcome__title:focus-visible {
    outline: var(--cw-focus-ring);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .field--error {
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--cw-color-danger);
  }

  fieldset.field > legend {
    padding: 0;
    margin-bottom: 0.25em;
  }

  .group {
    display: flex;
    flex-direction: column;
    gap: 1em;
    margin: 0;
    padding: var(--cw-space);
    border: 0.0625em solid var(--cw-color-border);
    border-radius: var(--cw-radius);
  }

  .choices {
    display: flex;
    flex-direction: column;
  }

  @container (min-width: 36em) {
    .choices {
      flex-direction: row;
      flex-wrap: wrap;
      column-gap: 1.5em;
    }
  }

  .hint {
    color: var(--cw-color-muted);
  }

  .error {
    color: var(--cw-color-danger);
    font-weight: 700;
  }

  .error-summary {
    padding: var(--cw-space);
    border: 0.25em solid var(--cw-color-danger);
    border-radius: var(--cw-radius);
  }

  .error-summary:focus {
    outline: var(--cw-focus-ring);
    outline-offset: 0.125em;
  }

  .error-summary__title {
    font-size: 1.1em;
    font-weight: 700;
  }

  .error-summary ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }

  .error-summary a {
    display: inline-block;
    min-height: 1.5em;
    padding: 0.1em 0;
    color: var(--cw-color-danger);
    font-weight: 600;
  }

  .consent {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding: var(--cw-space);
    border-radius: var(--cw-radius);
    background: var(--cw-color-surface);
  }

  /* Outcomes */
  .outcome {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    margin-top: 0.5em;
    padding: var(--cw-space);
    border: 0.0625em solid var(--cw-color-border);
    border-inline-start-width: 0.375em;
    border-radius: var(--cw-radius);
    background: var(--cw-color-surface);
  }

  .outcome--success {
    border-color: var(--cw-color-success);
  }

  .outcome--info {
    border-color: var(--cw-color-link);
  }

  .outcome--warning {
    border-color: var(--cw-color-primary);
  }

  .outcome--error {
    border-color: var(--cw-color-danger);
  }

  .outcome__title {
    font-size: 1.2em;
    font-weight: 700;
  }

  .outcome__body {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }

  .receipt {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5em;
  }

  .receipt__code {
    font-family: ui-monospace, 'SFMono-Regular', Consolas, monospace;
    font-size: 1.4em;
    letter-spacing: 0.08em;
  }

  .platform {
    display: inline-flex;
    align-items: center;
    min-height: var(--cw-target-size);
  }

  .reason {
    color: var(--cw-color-muted);
  }
`;
