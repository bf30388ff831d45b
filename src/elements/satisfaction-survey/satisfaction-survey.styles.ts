import { css } from 'lit';

/**
 * Layout of the survey. Every length is in em so the portal's 字号 buttons scale it; options are at least
 * `--cw-target-size` in both directions (60 px in elder mode); the star row and the matrix stack below ~34em of
 * container width, which covers 320 px phones in either mode.
 */
export const satisfactionSurveyStyles = css`
  :host {
    container-type: inline-size;
    --cw-star-color: #9a5b00;
    --cw-state-min-height: 12em;
    --cw-checked-bg: #fdf1f0;
    min-height: var(--cw-state-min-height);
  }

  :host([data-cw-elder]) {
    --cw-star-color: #5c3600;
    --cw-checked-bg: #fbe3e1;
  }

  form,
  .outcome {
    border: 0.0625em solid var(--cw-color-border);
    border-radius: var(--cw-radius);
    background: var(--cw-color-bg);
    padding: var(--cw-space);
  }

  @container (min-width: 34em) {
    form,
    .outcome {
      padding: calc(var(--cw-space) * 1.5);
    }
  }

  p {
    margin: 0;
  }

  .title,
  .outcome-title {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.35;
  }

  .intro-text {
    margin-top: 0.4em;
    color: var(--cw-color-muted);
  }

  .block-title,
  .step-title {
    font-size: 1.1em;
    font-weight: 700;
    line-height: 1.35;
  }

  .help {
    color: var(--cw-color-muted);
    font-size: 0.9375em;
  }

  .required {
    color: var(--cw-color-danger);
    font-weight: 400;
    font-size: 0.875em;
  }

  .question,
  .follow-up,
  .contact {
    margin: 1.25em 0 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  .question-title,
  .field-label {
    display: block;
    padding: 0;
    margin-bottom: 0.35em;
    font-weight: 700;
  }

  .question-title + .help,
  .help + .help {
    margin-bottom: 0.35em;
  }

  .error {
    margin: 0.25em 0 0.4em;
    color: var(--cw-color-danger);
    font-weight: 700;
  }

  .question[aria-invalid='true'],
  .question:has(.error) {
    border-left: 0.25em solid var(--cw-color-danger);
    padding-left: 0.6em;
  }

  input,
  textarea {
    font: inherit;
    color: inherit;
  }

  textarea,
  input[type='text'],
  input[type='tel'] {
    display: block;
    width: 100%;
    min-height: var(--cw-target-size);
    padding: 0.4em 0.5em;
    border: 0.125em solid var(--cw-color-border);
    border-radius: var(--cw-radius);
    background: var(--cw-color-bg);
  }

  textarea[aria-invalid='true'],
  input[aria-invalid='true'] {
    border-color: var(--cw-color-danger);
  }

  .counter {
    margin-top: 0.25em;
    font-size: 0.875em;
    color: var(--cw-color-muted);
  }

  .counter.is-over {
    color: var(--cw-color-danger);
    font-weight: 700;
  }

  /* A radio that covers its whole option, invisible: the option is the target, the radio keeps keyboard and AT. */
  .star,
  .scale-point {
    position: relative;
    display: flex;
  }

  .cover-input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }

  /* Five-level rating: a column of options on phones, a row of five from ~34em. */
  .stars {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.4em;
  }

  @container (min-width: 34em) {
    .stars {
      grid-template-columns: repeat(5, minmax(var(--cw-target-size), 1fr));
    }
    .star-face {
      flex-direction: column;
      justify-content: center;
      text-align: center;
    }
    .meter {
      width: 5em;
      height: 1em;
    }
  }

  .star-face,
  .scale-face {
    display: flex;
    flex: 1;
    align-items: center;
    gap: 0.6em;
    min-width: var(--cw-target-size);
    min-height: var(--cw-target-size);
    padding: 0.35em 0.6em;
    border: 0.0625em solid var(--cw-color-border);
    border-radius: var(--cw-radius);
    background: var(--cw-color-bg);
    line-height: 1.3;
    transition: background-color var(--cw-transition);
  }

  /* Smaller beside the text in the stacked list, so a 320 px phone in elder mode keeps each level on one line. */
  .meter {
    flex: none;
    width: 3.75em;
    height: 0.75em;
    color: var(--cw-star-color);
  }

  .meter .on {
    fill: currentColor;
  }

  .meter .off {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }

  .star.is-checked .star-face,
  .scale-point.is-checked .scale-face,
  .matrix-cell.is-checked {
    border-color: var(--cw-color-primary);
    box-shadow: inset 0 0 0 0.125em var(--cw-color-primary);
    background: var(--cw-checked-bg);
    font-weight: 700;
  }

  .cover-input:focus-visible + .star-face,
  .cover-input:focus-visible + .scale-face {
    outline: var(--cw-focus-ring);
    outline-offset: 0.125em;
  }

  .cover-input:hover + .star-face,
  .cover-input:hover + .scale-face {
    background: var(--cw-color-surface);
  }

  /* Scale 0–10: as many per row as fit, never narrower than a target. */
  .scale {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--cw-target-size), 1fr));
    gap: 0.3em;
  }

  .scale-face {
    justify-content: center;
    padding: 0.2em;
    font-weight: 700;
  }

  .scale-anchors {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25em 1em;
    margin-bottom: 0.4em;
  }

  /* Choices with visible native controls. */
  .choices {
    display: grid;
    gap: 0.3em;
  }

  .choice {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-height: var(--cw-target-size);
    padding: 0.25em 0.5em;
    border-radius: var(--cw-radius);
    cursor: pointer;
  }

  .choice:hover {
    background: var(--cw-color-surface);
  }

  .choice input,
  .matrix-cell input {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--cw-color-primary);
  }

  .consent {
    align-items: flex-start;
  }

  .consent input {
    margin-top: 0.15em;
  }

  /* Rating matrix: each item a radio group; stacked on phones, a grid with column headings from ~40em. */
  .matrix-head {
    display: none;
  }

  .matrix-row {
    display: grid;
    gap: 0.2em;
    padding: 0.6em 0;
    border-top: 0.0625em solid var(--cw-color-surface);
  }

  .matrix-item {
    font-weight: 700;
  }

  .matrix-cell {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-height: var(--cw-target-size);
    padding: 0.25em 0.5em;
    border: 0.0625em solid transparent;
    border-radius: var(--cw-radius);
    cursor: pointer;
  }

  .matrix-cell:hover {
    background: var(--cw-color-surface);
  }

  @container (min-width: 40em) {
    .matrix-head,
    .matrix-row {
      display: grid;
      grid-template-columns: minmax(6em, 1.5fr) repeat(5, minmax(var(--cw-target-size), 1fr));
      align-items: center;
      gap: 0.25em;
    }
    .matrix-head {
      font-size: 0.875em;
      text-align: center;
      color: var(--cw-color-muted);
      line-height: 1.3;
    }
    .matrix-row {
      padding: 0.25em 0;
    }
    .matrix-item {
      font-weight: 400;
    }
    .matrix-cell {
      justify-content: center;
      min-width: var(--cw-target-size);
    }
    /* The column heading says it; the radio keeps its name for screen readers. */
    .matrix-level {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  }

  /* Follow-up (回访) block. */
  .follow-up {
    padding: var(--cw-space);
    border-left: 0.25em solid var(--cw-color-primary);
    background: var(--cw-color-surface);
    border-radius: 0 var(--cw-radius) var(--cw-radius) 0;
  }

  .field {
    margin-top: 0.9em;
  }

  .contact {
    margin-top: 1.25em;
  }

  /* Error summary (GOV.UK pattern). */
  .summary {
    margin-top: 1em;
    padding: var(--cw-space);
    border: 0.25em solid var(--cw-color-danger);
    border-radius: var(--cw-radius);
  }

  .summary:focus {
    outline: var(--cw-focus-ring);
    outline-offset: 0.125em;
  }

  .summary-list {
    margin: 0.4em 0 0;
    padding-left: 1.25em;
  }

  .summary-list a {
    color: var(--cw-color-danger);
    font-weight: 700;
  }

  .summary-list li + li {
    margin-top: 0.25em;
  }

  /* Paged mode. */
  .progress {
    margin-top: 1em;
  }

  .progress-text {
    color: var(--cw-color-muted);
    font-size: 0.9375em;
  }

  .progress-bar {
    display: flex;
    gap: 0.25em;
    margin: 0.3em 0 0.6em;
  }

  .progress-bar span {
    flex: 1;
    height: 0.375em;
    border-radius: 0.2em;
    background: var(--cw-color-surface);
    border: 0.0625em solid var(--cw-color-border);
  }

  .progress-bar .is-done {
    background: var(--cw-color-primary);
    border-color: var(--cw-color-primary);
  }

  .step-title:focus,
  .outcome-title:focus {
    outline: none;
  }

  .step-title:focus-visible,
  .outcome-title:focus-visible {
    outline: var(--cw-focus-ring);
  }

  .draft-note {
    margin-top: 1.25em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.6em;
    margin-top: 0.9em;
  }

  .submitting {
    color: var(--cw-color-muted);
  }

  /* After submitting. */
  .outcome {
    display: grid;
    gap: 0.6em;
  }

  .outcome--sent {
    border-color: var(--cw-color-success);
    border-width: 0.1875em;
  }

  .outcome--failed {
    border-color: var(--cw-color-danger);
    border-width: 0.1875em;
  }

  .receipt-code {
    font-family: ui-monospace, monospace;
    font-size: 1.25em;
    letter-spacing: 0.05em;
  }

  @media (forced-colors: active) {
    .star.is-checked .star-face,
    .scale-point.is-checked .scale-face,
    .matrix-cell.is-checked {
      border: 0.1875em solid Highlight;
    }
  }
`;
